import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('sensitive words (v1 API: governance endpoints)', () => {
  let stack: TestStack;
  let admin: { Authorization: string };
  let site: any;
  let auth: { Authorization: string };
  let newsId: number;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin));
    newsId = (await columnByPath(stack, auth, site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  async function draft(fields: Record<string, unknown>) {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: newsId, title: '标题', body: '<p>正文</p>', ...fields });
    return created.body.id as number;
  }
  const submit = (id: number) => stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(auth);

  it('lets only the portal center keep the platform dictionary', async () => {
    expect((await stack.http.post('/api/v1/platform/sensitive-words').set(auth).send({ word: 'x', level: 'block' })).status).toBe(403);
    const added = await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '赌博', level: 'block' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ id: expect.any(Number), word: '赌博', level: 'block' });
    expect((await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '赌博', level: 'warn' })).status).toBe(409);
    await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '博彩', level: 'warn' });
    const listed = await stack.http.get('/api/v1/platform/sensitive-words').set(admin);
    expect(listed.body.items.map((w: { word: string }) => w.word).sort()).toEqual(['博彩', '赌博']);
  });

  it.each([
    [{ word: '', level: 'block' }, /word/],
    [{ word: '   ', level: 'block' }, /word/],
    [{ word: 'x'.repeat(101), level: 'block' }, /word/],
    [{ word: '两行\n词', level: 'block' }, /word/],
    [{ word: 'x', level: 'ban' }, /level/],
    [{ word: 42, level: 'block' }, /word/],
  ])('rejects a bad word %# with 400', async (body, message) => {
    const response = await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send(body);
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(message);
  });

  it('imports a word list, skipping blanks, comments and words already there', async () => {
    const response = await stack.http
      .post('/api/v1/platform/sensitive-words/import')
      .set(admin)
      .send({ text: '# 禁用词\n赌博\n\n六合彩\r\n私服\n六合彩\n', level: 'block' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ added: 2, skipped: 1 });
  });

  it('refuses a submission holding a blocked word with 422 naming each word and where', async () => {
    const id = await draft({ title: '关于打击网络赌博的通知', body: '<p>严禁<strong>六合彩</strong>和赌博</p>' });
    const response = await submit(id);
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/标题含有禁用词「赌博」/);
    expect(response.body.message).toMatch(/正文含有禁用词「六合彩」/);
    expect(response.body.words).toEqual(
      expect.arrayContaining([
        { word: '赌博', level: 'block', field: 'title', count: 1 },
        { word: '赌博', level: 'block', field: 'body', count: 1 },
        { word: '六合彩', level: 'block', field: 'body', count: 1 },
      ]),
    );
    expect((await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}`).set(auth)).body.status).toBe('draft');
  });

  it('lets warn words through and reports them', async () => {
    const response = await submit(await draft({ summary: '博彩业监管' }));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'published', warnings: [{ word: '博彩', level: 'warn', field: 'summary', count: 1 }] });
  });

  it("applies a unit's own words to its site only", async () => {
    const other = await provisionSite(stack, admin);
    const added = await stack.http.post(`/api/v1/sites/${site.id}/sensitive-words`).set(auth).send({ word: '内部代号', level: 'block' });
    expect(added.status).toBe(201);
    expect((await submit(await draft({ title: '内部代号说明' }))).status).toBe(422);
    const otherNews = await columnByPath(stack, other.siteAdmin, other.site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${other.site.id}/articles`)
      .set(other.siteAdmin)
      .send({ columnId: otherNews.id, title: '内部代号说明', body: '<p>x</p>' });
    expect((await stack.http.post(`/api/v1/sites/${other.site.id}/articles/${created.body.id}/submit`).set(other.siteAdmin)).status).toBe(
      200,
    );
    // Another site's admin can neither see nor delete this site's words.
    expect((await stack.http.get(`/api/v1/sites/${site.id}/sensitive-words`).set(other.siteAdmin)).status).toBe(403);
    expect((await stack.http.delete(`/api/v1/sites/${other.site.id}/sensitive-words/${added.body.id}`).set(other.siteAdmin)).status).toBe(
      404,
    );
    expect((await stack.http.delete(`/api/v1/sites/${site.id}/sensitive-words/${added.body.id}`).set(auth)).status).toBe(204);
    expect((await submit(await draft({ title: '内部代号说明' }))).status).toBe(200);
  });

  it('deletes platform words', async () => {
    const listed = await stack.http.get('/api/v1/platform/sensitive-words').query({ q: '私服' }).set(admin);
    expect((await stack.http.delete(`/api/v1/platform/sensitive-words/${listed.body.items[0].id}`).set(admin)).status).toBe(204);
    expect((await stack.http.delete(`/api/v1/platform/sensitive-words/${listed.body.items[0].id}`).set(admin)).status).toBe(404);
  });
});
