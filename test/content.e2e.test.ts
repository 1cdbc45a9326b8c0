import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('columns and articles (v1 API: columns, articles)', () => {
  let stack: TestStack;
  let siteId: number;
  let auth: { Authorization: string };
  let newsId: number;
  beforeAll(async () => {
    stack = await startStack({ worker: false });
    const provisioned = await provisionSite(stack, await adminLogin(stack));
    siteId = provisioned.site.id;
    auth = provisioned.siteAdmin;
    newsId = (await columnByPath(stack, auth, siteId, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  const url = (path = '') => `/api/v1/sites/${siteId}${path}`;

  describe('columns', () => {
    it('adds, renames, moves and deletes a unit column under the skeleton', async () => {
      const parent = await columnByPath(stack, auth, siteId, 'zwdt');
      const created = await stack.http.post(url('/columns')).set(auth).send({ name: '教育资讯', slug: 'jyzx', parentId: parent.id });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({
        name: '教育资讯',
        slug: 'jyzx',
        path: 'zwdt/jyzx',
        kind: 'list',
        required: false,
        parentId: parent.id,
      });
      const child = await stack.http.post(url('/columns')).set(auth).send({ name: '校园动态', slug: 'xydt', parentId: created.body.id });
      expect(child.body.path).toBe('zwdt/jyzx/xydt');

      const renamed = await stack.http
        .patch(url(`/columns/${created.body.id}`))
        .set(auth)
        .send({ slug: 'jyxx', name: '教育信息' });
      expect(renamed.status).toBe(200);
      expect(renamed.body.path).toBe('zwdt/jyxx');
      expect((await columnByPath(stack, auth, siteId, 'zwdt/jyxx/xydt')).id).toBe(child.body.id);

      expect(
        (
          await stack.http
            .patch(url(`/columns/${created.body.id}`))
            .set(auth)
            .send({ parentId: child.body.id })
        ).status,
      ).toBe(400);
      expect((await stack.http.delete(url(`/columns/${created.body.id}`)).set(auth)).status).toBe(409);
      expect((await stack.http.delete(url(`/columns/${child.body.id}`)).set(auth)).status).toBe(204);
      expect((await stack.http.delete(url(`/columns/${created.body.id}`)).set(auth)).status).toBe(204);
    });

    it('refuses to delete or move a required column, or delete one holding articles (409)', async () => {
      const required = await columnByPath(stack, auth, siteId, 'xxgk');
      expect((await stack.http.delete(url(`/columns/${required.id}`)).set(auth)).status).toBe(409);
      expect(
        (
          await stack.http
            .patch(url(`/columns/${required.id}`))
            .set(auth)
            .send({ parentId: newsId })
        ).status,
      ).toBe(409);
      expect(
        (
          await stack.http
            .patch(url(`/columns/${required.id}`))
            .set(auth)
            .send({ slug: 'other' })
        ).status,
      ).toBe(409);
      expect(
        (
          await stack.http
            .patch(url(`/columns/${required.id}`))
            .set(auth)
            .send({ name: '政府信息公开' })
        ).status,
      ).toBe(200);
      const own = await stack.http.post(url('/columns')).set(auth).send({ name: '专题', slug: 'zt' });
      await stack.http.post(url('/articles')).set(auth).send({ columnId: own.body.id, title: '专题文章', body: '<p>x</p>' });
      const blocked = await stack.http.delete(url(`/columns/${own.body.id}`)).set(auth);
      expect(blocked.status).toBe(409);
      expect(blocked.body.message).toMatch(/文章/);
      const toLink = await stack.http
        .patch(url(`/columns/${own.body.id}`))
        .set(auth)
        .send({ kind: 'link', linkUrl: 'https://www.gov.cn/' });
      expect(toLink.status).toBe(409);
      expect(toLink.body.message).toMatch(/外链栏目/);
    });

    it.each([
      [{ name: 'x' }, /slug/],
      [{ name: 'x', slug: 'Bad Slug' }, /slug/],
      [{ name: 'x', slug: 'assets' }, /保留/],
      [{ name: '', slug: 'ok' }, /name/],
      [{ name: '<b>x</b>', slug: 'ok' }, /name/],
      [{ name: 'x', slug: 'ok', parentId: 99999999 }, /parentId/],
      [{ name: 'x', slug: 'ok', kind: 'gallery' }, /kind/],
      [{ name: 'x', slug: 'zwdt' }, /slug/],
    ])('rejects bad column input %# with a 4xx', async (body, message) => {
      const response = await stack.http.post(url('/columns')).set(auth).send(body);
      expect([400, 409]).toContain(response.status);
      expect(response.body.message).toMatch(message);
    });

    it('takes two opposite moves at once one after the other: no loop in the tree', async () => {
      const parent = await columnByPath(stack, auth, siteId, 'zwdt');
      const a = (await stack.http.post(url('/columns')).set(auth).send({ name: '甲栏目', slug: 'jia', parentId: parent.id })).body;
      const b = (await stack.http.post(url('/columns')).set(auth).send({ name: '乙栏目', slug: 'yi', parentId: parent.id })).body;
      const moves = await Promise.all([
        stack.http
          .patch(url(`/columns/${a.id}`))
          .set(auth)
          .send({ parentId: b.id }),
        stack.http
          .patch(url(`/columns/${b.id}`))
          .set(auth)
          .send({ parentId: a.id }),
      ]);
      expect(moves.map((move) => move.status).sort()).toEqual([200, 400]);
      const rows: { id: number; parent_id: number }[] = await stack.infrastructure.dataSource.query(
        'SELECT id, parent_id FROM site_columns WHERE id IN (?, ?)',
        [a.id, b.id],
      );
      const parentOf = new Map(rows.map((row) => [row.id, row.parent_id]));
      expect(parentOf.get(a.id) === b.id && parentOf.get(b.id) === a.id).toBe(false);
    });

    it('answers 404 for unknown or malformed column ids', async () => {
      expect((await stack.http.patch(url('/columns/99999999')).set(auth).send({ name: 'x' })).status).toBe(404);
      expect((await stack.http.delete(url('/columns/abc')).set(auth)).status).toBe(404);
    });
  });

  describe('articles', () => {
    it('creates a draft, sanitizing the body and keeping plain text as text', async () => {
      const response = await stack.http
        .post(url('/articles'))
        .set(auth)
        .send({
          columnId: newsId,
          title: '<script>alert(1)</script>关于开展𠮷祥🎉活动的通知',
          summary: '摘要 <b>不是</b> HTML',
          body: [
            '<h1>标题</h1><p onclick="steal()">正文<strong>加粗</strong><a href="javascript:alert(1)">坏链接</a>',
            '<a href="https://www.gov.cn/" target="_blank">中国政府网</a></p>',
            '<script>alert(1)</script><iframe src="https://evil.example"></iframe><style>body{display:none}</style>',
            '<table><tr><td colspan="2" style="position:fixed;text-align:center">表格</td></tr></table>',
            '<img src="https://example.gov.cn/a.png" alt="图片" onerror="x()"><img src="data:image/png;base64,AAAA">',
          ].join(''),
        });
      expect(response.status).toBe(201);
      const article = response.body;
      expect(article).toMatchObject({
        status: 'draft',
        title: '<script>alert(1)</script>关于开展𠮷祥🎉活动的通知',
        summary: '摘要 <b>不是</b> HTML',
        url: null,
      });
      expect(article.body).toContain('<h2>标题</h2>');
      expect(article.body).toContain('<strong>加粗</strong>');
      expect(article.body).toContain('<a href="https://www.gov.cn/" target="_blank" rel="noopener noreferrer">中国政府网</a>');
      expect(article.body).toContain('<td colspan="2" style="text-align:center">表格</td>');
      expect(article.body).toContain('<img src="https://example.gov.cn/a.png" alt="图片" />');
      for (const bad of ['<script', 'onclick', 'javascript:', '<iframe', '<style', 'onerror', 'position:fixed', 'data:image']) {
        expect(article.body).not.toContain(bad);
      }
      const fetched = await stack.http.get(url(`/articles/${article.id}`)).set(auth);
      expect(fetched.body.title).toBe(article.title);
    });

    it.each([
      [{ title: 'x', body: '<p>x</p>' }, /columnId/],
      [{ columnId: 'abc', title: 'x', body: 'x' }, /columnId/],
      [{ columnId: 99999999, title: 'x', body: 'x' }, /columnId/],
      [{ columnId: 1, title: '   ', body: 'x' }, /title/],
      [{ columnId: 1, title: 'x'.repeat(201), body: 'x' }, /title/],
      [{ columnId: 1, title: 'x', body: 42 }, /body/],
      [{ columnId: 1, title: 'x', body: 'x', publishAt: 'tomorrow' }, /publishAt/],
      [{ columnId: 1, title: 'x', body: 'x', headline: 'yes' }, /headline/],
      [{ columnId: 1, title: 'x\u0007', body: 'x' }, /title/],
    ])('rejects a bad article body %# with 400', async (body: Record<string, unknown>, message) => {
      const payload = { ...body, ...(body.columnId === 1 ? { columnId: newsId } : {}) };
      const before = (await stack.http.get(url('/articles')).set(auth)).body.total;
      const response = await stack.http.post(url('/articles')).set(auth).send(payload);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(message);
      expect((await stack.http.get(url('/articles')).set(auth)).body.total).toBe(before);
    });

    it('refuses a body over the size limit with 413 or 400', async () => {
      const response = await stack.http
        .post(url('/articles'))
        .set(auth)
        .send({ columnId: newsId, title: 'x', body: `<p>${'长'.repeat(1_500_000)}</p>` });
      expect([400, 413]).toContain(response.status);
    });

    it('answers 4xx, never a 500, to the bodies the fuzzer broke it with (docs/reliability.md)', async () => {
      const created = await stack.http.post(url('/articles')).set(auth).send({ columnId: newsId, title: '空值', body: '<p>x</p>' });
      const patch = url(`/articles/${created.body.id}`);
      // null is refused where the document does not say nullable (it reached a NOT NULL column), kept where it does.
      const nulled = await stack.http.patch(patch).set(auth).send({ title: 'x', pictureNews: null });
      expect(nulled.status).toBe(400);
      expect(nulled.body.message).toMatch(/pictureNews 不能为 null/);
      expect((await stack.http.patch(patch).set(auth).send({ writtenOn: null })).status).toBe(200);
      // 100 000 nested arrays fit the size limit; validation and the audit log walked them until the stack overflowed.
      const deep = await stack.http
        .patch(patch)
        .set(auth)
        .set('Content-Type', 'application/json')
        .send(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
      expect(deep.status).toBe(400);
      expect(deep.body.message).toMatch(/嵌套过深/);
      // The body parser's refusals keep their own status: a Content-Encoding or charset it does not take, a body that does not inflate.
      const sent = (header: string, value: string) =>
        stack.http.patch(patch).set(auth).set('Content-Type', 'application/json').set(header, value).send('{"title":"x"}');
      expect((await sent('Content-Encoding', 'compress')).status).toBe(415);
      expect((await sent('Content-Encoding', 'gzip')).status).toBe(400);
      expect((await sent('Content-Type', 'application/json; charset=nonsense')).status).toBe(415);
      expect((await stack.http.get(patch).set(auth)).body.title).toBe('空值');
    });

    it('refuses an expiry before the publication time', async () => {
      const response = await stack.http.post(url('/articles')).set(auth).send({
        columnId: newsId,
        title: 'x',
        body: 'x',
        publishAt: '2030-01-02T00:00:00Z',
        expireAt: '2030-01-01T00:00:00Z',
      });
      expect(response.status).toBe(400);
    });

    it('lists with filters and pages, edits, and deletes', async () => {
      for (const title of ['甲通知', '乙通知', '丙动态']) {
        await stack.http
          .post(url('/articles'))
          .set(auth)
          .send({ columnId: newsId, title, body: `<p>${title}</p>` });
      }
      const found = await stack.http
        .get(url('/articles'))
        .query({ q: '通知', columnId: newsId, status: 'draft', pageSize: 1, page: 2 })
        .set(auth);
      expect(found.status).toBe(200);
      expect(found.body.total).toBeGreaterThanOrEqual(2);
      expect(found.body.items).toHaveLength(1);
      expect(found.body.items[0].body).toBeUndefined();
      expect((await stack.http.get(url('/articles')).query({ pageSize: 1000 }).set(auth)).status).toBe(400);
      expect((await stack.http.get(url('/articles')).query({ status: 'lost' }).set(auth)).status).toBe(400);
      expect((await stack.http.get(url('/articles')).query({ q: '%_\\' }).set(auth)).status).toBe(200);

      const id = found.body.items[0].id;
      const patched = await stack.http
        .patch(url(`/articles/${id}`))
        .set(auth)
        .send({ title: '改过的标题', body: '<p onmouseover="x()">新</p>' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ title: '改过的标题', body: '<p>新</p>' });
      expect((await stack.http.delete(url(`/articles/${id}`)).set(auth)).status).toBe(204);
      expect((await stack.http.get(url(`/articles/${id}`)).set(auth)).status).toBe(404);
      expect((await stack.http.get(url('/articles/0')).set(auth)).status).toBe(404);
    });

    it('refuses to unpublish a draft or submit a published article (409)', async () => {
      const created = await stack.http.post(url('/articles')).set(auth).send({ columnId: newsId, title: '草稿', body: '<p>x</p>' });
      expect((await stack.http.post(url(`/articles/${created.body.id}/unpublish`)).set(auth)).status).toBe(409);
    });
  });
});
