import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { sampleFiles } from './support/sample-files';
import { startStack, type TestStack } from './support/stack';

/** What the console's article editor needs beyond the article CRUD: filters, 副标题, screening and preview. */
describe('article editor support (v1 API)', () => {
  let stack: TestStack;
  let admin: { Authorization: string };
  let site: any;
  let auth: { Authorization: string };
  let other: { site: any; siteAdmin: { Authorization: string } };
  let newsId: number;

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin));
    other = await provisionSite(stack, admin);
    newsId = (await columnByPath(stack, auth, site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  const create = (fields: Record<string, unknown>, as = auth, siteId = site.id) =>
    stack.http
      .post(`/api/v1/sites/${siteId}/articles`)
      .set(as)
      .send({ columnId: newsId, title: '标题', body: '<p>正文</p>', ...fields });
  const upload = async (as = auth, siteId = site.id) =>
    (
      await stack.http
        .post(`/api/v1/sites/${siteId}/media`)
        .set(as)
        .attach('file', await sampleFiles.png(40, 30), 'photo.png')
    ).body;

  it('filters the list by the time of the last change', async () => {
    const created = await create({ title: '时间筛选' });
    const changed = new Date(created.body.updatedAt).getTime();
    const list = (query: Record<string, string>) => stack.http.get(`/api/v1/sites/${site.id}/articles`).query(query).set(auth);
    const around = { from: new Date(changed - 60_000).toISOString(), to: new Date(changed + 60_000).toISOString() };
    expect((await list(around)).body.items.map((a: { title: string }) => a.title)).toContain('时间筛选');
    expect((await list({ from: new Date(changed + 60_000).toISOString() })).body.total).toBe(0);
    expect((await list({ to: new Date(changed - 60_000).toISOString() })).body.items.map((a: { id: number }) => a.id)).not.toContain(
      created.body.id,
    );
    const bad = await list({ from: 'yesterday' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/from/);
  });

  it('keeps a 副标题, versions it and shows it on the published page', async () => {
    const created = await create({ title: '带副标题的文章', subtitle: '——2027年工作要点' });
    expect(created.status).toBe(201);
    expect(created.body.subtitle).toBe('——2027年工作要点');
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth).send({ subtitle: '二稿' }).expect(200);
    const diff = await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}/revisions/diff?from=1&to=2`).set(auth);
    expect(diff.body.diff).toMatch(/-副标题: ——2027年工作要点\n\+副标题: 二稿/);
    expect((await create({ subtitle: 'x'.repeat(201) })).body.message).toMatch(/subtitle 最长 200/);
    const live = await publishArticle(stack, auth, site.id, {
      columnId: newsId,
      title: '主标题',
      subtitle: '副标题在这里',
      body: '<p>x</p>',
    });
    const path = new URL(live.url).pathname;
    const page = await eventually(async () => {
      try {
        return (await import('node:fs/promises')).readFile(`${stack.config.publishRoot}/sites/${site.code}${path}`, 'utf8');
      } catch {
        return null;
      }
    });
    expect(page).toContain('<p class="article__subtitle">副标题在这里</p>');
  });

  describe('screening a draft for sensitive words', () => {
    const check = (body: Record<string, unknown>, as = auth, siteId = site.id) =>
      stack.http.post(`/api/v1/sites/${siteId}/sensitive-words/check`).set(as).send(body);

    beforeAll(async () => {
      await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '赌博', level: 'block' }).expect(201);
      await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '博彩', level: 'warn' }).expect(201);
      await stack.http
        .post(`/api/v1/sites/${other.site.id}/sensitive-words`)
        .set(other.siteAdmin)
        .send({ word: '内部代号', level: 'block' });
    });

    it('finds blocked and warn words per field as a submission would, without saving anything', async () => {
      const before = (await stack.http.get(`/api/v1/sites/${site.id}/articles`).set(auth)).body.total;
      const response = await check({
        title: '打击赌博',
        subtitle: '博彩',
        summary: '',
        body: '<p>严禁<strong>赌博</strong></p><p title="赌博">正常</p>',
      });
      expect(response.status).toBe(200);
      // The body is read as text after sanitizing, as at submission: an attribute does not count.
      expect(response.body).toEqual({
        blocked: expect.arrayContaining([
          { word: '赌博', level: 'block', field: 'title', count: 1 },
          { word: '赌博', level: 'block', field: 'body', count: 1 },
        ]),
        warnings: [{ word: '博彩', level: 'warn', field: 'subtitle', count: 1 }],
      });
      expect(response.body.blocked).toHaveLength(2);
      expect((await stack.http.get(`/api/v1/sites/${site.id}/articles`).set(auth)).body.total).toBe(before);
      expect((await check({ title: '干净的标题' })).body).toEqual({ blocked: [], warnings: [] });
    });

    it('screens attachment names, of this site’s files only', async () => {
      const file = (await stack.http.post(`/api/v1/sites/${site.id}/media`).set(auth).attach('file', sampleFiles.pdf(), '赌博案例.pdf'))
        .body;
      expect((await check({ attachmentIds: [file.id] })).body.blocked).toEqual([
        { word: '赌博', level: 'block', field: 'attachments', count: 1 },
      ]);
      const foreign = (
        await stack.http.post(`/api/v1/sites/${other.site.id}/media`).set(other.siteAdmin).attach('file', sampleFiles.pdf(), 'a.pdf')
      ).body;
      expect((await check({ attachmentIds: [foreign.id] })).status).toBe(400);
    });

    it('applies a unit’s own words on its site only and refuses other sites’ users', async () => {
      expect((await check({ title: '内部代号' })).body.blocked).toEqual([]);
      expect((await check({ title: '内部代号' }, other.siteAdmin, other.site.id)).body.blocked).toEqual([
        { word: '内部代号', level: 'block', field: 'title', count: 1 },
      ]);
      expect((await check({ title: 'x' }, other.siteAdmin)).status).toBe(403);
      expect((await stack.http.post(`/api/v1/sites/${site.id}/sensitive-words/check`).send({ title: 'x' })).status).toBe(401);
      expect((await check({ title: 42 })).status).toBe(400);
      expect((await check({ status: 'published' })).status).toBe(400);
    });
  });

  describe('previewing an article as the site will show it', () => {
    const preview = (path: string, body: Record<string, unknown>, as = auth) =>
      stack.http.post(`/api/v1/sites/${site.id}/articles/${path}`).set(as).send(body);

    it('renders a new article with the site’s templates, inlining its private pictures', async () => {
      const image = await upload();
      const response = await preview('preview', {
        columnId: newsId,
        title: '预览中的文章',
        subtitle: '副标题',
        body: `<p>正文<script>alert(1)</script></p><table><tr><td>单元格</td></tr></table><p><img src="${image.publicPath}" alt="照片"></p>`,
      });
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/text\/html/);
      const html = response.text;
      expect(html).toContain('<h1 class="article__title">预览中的文章</h1>');
      expect(html).toContain('<p class="article__subtitle">副标题</p>');
      expect(html).toContain('<td>单元格</td>');
      expect(html).not.toContain('<script>alert(1)');
      expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="照片"/);
      // Ready for the console's sandboxed frame: no scripts, the theme's stylesheet and emblem inlined.
      expect(html).not.toMatch(/<script|<link[^>]*stylesheet|src="\/assets\//);
      expect(html).toMatch(/<style>[^<]*\.article__title\{/);
      expect(html).toMatch(/src="data:image\/svg\+xml;base64,/);
      expect(html).toContain('工作动态'); // the column's breadcrumb, from the site's real navigation
      expect((await stack.http.get(`/api/v1/sites/${site.id}/articles?q=预览中`).set(auth)).body.total).toBe(0);
    });

    it('shows an existing article with unsaved changes, and the disclosure table in 信息公开', async () => {
      const disclosure = (await columnByPath(stack, auth, site.id, 'xxgk/zcwj')).id;
      const created = await create({ title: '原标题', columnId: disclosure, docNo: '示政〔2027〕1号' });
      const response = await preview(`${created.body.id}/preview`, { title: '改过的标题' });
      expect(response.status).toBe(200);
      expect(response.text).toContain('改过的标题');
      expect(response.text).toContain('示政〔2027〕1号');
      expect(response.text).toContain('(发布时生成)');
      expect((await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body.title).toBe('原标题');
    });

    it('checks the draft as a save would, and keeps sites apart', async () => {
      const missing = await preview('preview', { title: 'x', body: '' });
      expect(missing.body.message).toMatch(/columnId/);
      const foreignColumn = (await columnByPath(stack, other.siteAdmin, other.site.id, 'zwdt/gzdt')).id;
      expect((await preview('preview', { columnId: foreignColumn, title: 'x', body: '' })).status).toBe(400);
      const foreignImage = await upload(other.siteAdmin, other.site.id);
      expect((await preview('preview', { columnId: newsId, title: 'x', body: '', coverImageId: foreignImage.id })).status).toBe(400);
      const created = await create({ title: '别站看不到' });
      expect((await preview(`${created.body.id}/preview`, {}, other.siteAdmin)).status).toBe(403);
      const foreignArticle = (await create({ columnId: foreignColumn }, other.siteAdmin, other.site.id)).body;
      expect((await preview(`${foreignArticle.id}/preview`, {})).status).toBe(404);
    });
  });

  it('finds a file of the media library by the /uploads/ path an article body links to', async () => {
    const image = await upload();
    const found = await stack.http.get(`/api/v1/sites/${site.id}/media`).query({ path: image.publicPath }).set(auth);
    expect(found.body.items.map((file: { id: number }) => file.id)).toEqual([image.id]);
    const foreign = await stack.http.get(`/api/v1/sites/${other.site.id}/media`).query({ path: image.publicPath }).set(other.siteAdmin);
    expect(foreign.body.total).toBe(0);
    expect((await stack.http.get(`/api/v1/sites/${site.id}/media`).query({ path: '/etc/passwd' }).set(auth)).status).toBe(400);
  });
});
