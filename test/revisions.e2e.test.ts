import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('article revisions', () => {
  let stack: TestStack;
  let site: any;
  let auth: { Authorization: string };
  let articleUrl: string;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    ({ site, siteAdmin: auth } = await provisionSite(stack, await adminLogin(stack)));
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '第一稿', body: '<p>第一段</p><p>第二段</p>' });
    articleUrl = `/api/v1/sites/${site.id}/articles/${created.body.id}`;
    await stack.http.patch(articleUrl).set(auth).send({ title: '第二稿', body: '<p>第一段</p><p>改过的第二段</p>' }).expect(200);
    await stack.http.patch(articleUrl).set(auth).send({ summary: '加了摘要' }).expect(200);
  });
  afterAll(() => stack.close());

  it('keeps a revision on every save, newest first', async () => {
    const list = (await stack.http.get(`${articleUrl}/revisions`).set(auth)).body.items;
    expect(list.map((r: { number: number; title: string }) => [r.number, r.title])).toEqual([
      [3, '第二稿'],
      [2, '第二稿'],
      [1, '第一稿'],
    ]);
    const first = (await stack.http.get(`${articleUrl}/revisions/1`).set(auth)).body;
    expect(first).toMatchObject({ number: 1, title: '第一稿', body: '<p>第一段</p><p>第二段</p>' });
  });

  it('diffs two revisions', async () => {
    const { diff } = (await stack.http.get(`${articleUrl}/revisions/diff`).query({ from: 1, to: 2 }).set(auth)).body;
    expect(diff).toContain('-标题: 第一稿');
    expect(diff).toContain('+标题: 第二稿');
    expect(diff).toContain('-<p>第二段</p>');
    expect(diff).toContain('+<p>改过的第二段</p>');
    expect(diff).not.toContain('-<p>第一段</p>');
  });

  it('restores an old revision as a new one', async () => {
    const restored = await stack.http.post(`${articleUrl}/revisions/1/restore`).set(auth);
    expect(restored.status).toBe(200);
    expect(restored.body).toMatchObject({ title: '第一稿', body: '<p>第一段</p><p>第二段</p>' });
    const list = (await stack.http.get(`${articleUrl}/revisions`).set(auth)).body.items;
    expect(list[0]).toMatchObject({ number: 4, title: '第一稿' });
  });

  it("folds a draft's autosaves by one author within ten minutes into one revision", async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '草稿', body: '<p>开头</p>' });
    const url = `/api/v1/sites/${site.id}/articles/${created.body.id}`;
    const autosave = (title: string) => stack.http.patch(url).query({ autosave: 'true' }).set(auth).send({ title }).expect(200);
    const numbers = async () =>
      (await stack.http.get(`${url}/revisions`).set(auth)).body.items.map((r: { number: number; title: string }) => [r.number, r.title]);

    await autosave('草稿一');
    await autosave('草稿二');
    expect(await numbers()).toEqual([
      [2, '草稿二'],
      [1, '草稿'],
    ]);
    // An explicit save is a revision of its own, and the autosaves after it start another.
    await stack.http.patch(url).set(auth).send({ title: '保存' }).expect(200);
    await autosave('草稿三');
    expect((await numbers()).slice(0, 2)).toEqual([
      [4, '草稿三'],
      [3, '保存'],
    ]);
    // Ten minutes on, an autosave starts a new revision.
    await stack.infrastructure.dataSource.query(
      'UPDATE article_revisions SET created_at = created_at - INTERVAL 11 MINUTE WHERE article_id = ?',
      [created.body.id],
    );
    await autosave('草稿四');
    expect((await numbers())[0]).toEqual([5, '草稿四']);

    const bad = await stack.http.patch(url).query({ autosave: 'yes' }).set(auth).send({ title: '草稿五' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/autosave/);
  });

  it('answers unknown or malformed revisions with 404 and bad diff queries with 400', async () => {
    expect((await stack.http.get(`${articleUrl}/revisions/99`).set(auth)).status).toBe(404);
    expect((await stack.http.get(`${articleUrl}/revisions/x`).set(auth)).status).toBe(404);
    expect((await stack.http.post(`${articleUrl}/revisions/99/restore`).set(auth)).status).toBe(404);
    expect((await stack.http.get(`${articleUrl}/revisions/diff`).query({ from: 'a', to: 2 }).set(auth)).status).toBe(400);
    expect((await stack.http.get(`${articleUrl}/revisions/diff`).query({ from: 1, to: 99 }).set(auth)).status).toBe(404);
  });
});
