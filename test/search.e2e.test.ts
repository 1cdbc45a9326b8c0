import type { AddressInfo } from 'node:net';
import { HtmlValidate } from 'html-validate';
import request from 'supertest';
import { COMMON_WORD_DOCUMENTS, encodeTerm, SearchIndexer } from '@zhanqun/search';
import { LazyBackend } from '../apps/site/src/dynamic/backend';
import { createDynamicRoutes } from '../apps/site/src/dynamic/dynamic-routes';
import { createSiteServer, type SiteServer } from '../apps/site/src/server';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { sampleFiles } from './support/sample-files';
import { startStack, type TestStack } from './support/stack';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'long-title': 'off' },
});

type Auth = { Authorization: string };

describe('citizens search one site or the whole group', () => {
  let stack: TestStack;
  let server: SiteServer;
  let closeSearch: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let admin: Auth;
  let a: { site: any; siteAdmin: Auth };
  let b: { site: any; siteAdmin: Auth };
  const ids: Record<string, number> = {};

  /** Creates and publishes an article (the sites have an empty review chain); returns its id. */
  async function publish(owner: { site: any; siteAdmin: Auth }, columnPath: string, fields: Record<string, unknown>): Promise<number> {
    const column = await columnByPath(stack, owner.siteAdmin, owner.site.id, columnPath);
    return (await publishArticle(stack, owner.siteAdmin, owner.site.id, { columnId: column.id, ...fields })).id;
  }

  const api = (query: Record<string, string | number>, host = a.site.primaryDomain) =>
    http.get('/api/public/search').query(query).set('Host', host);
  const page = (query: Record<string, string | number>, host = a.site.primaryDomain) => http.get('/search').query(query).set('Host', host);
  const titles = async (query: Record<string, string | number>, host?: string) =>
    ((await api(query, host).expect(200)).body.items as { title: string }[]).map((item) => item.title);

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    a = await provisionSite(stack, admin, { name: '示范县教育局' });
    b = await provisionSite(stack, admin, { name: '城关镇人民政府', kind: 'township' });
    const search = createDynamicRoutes(stack.config);
    closeSearch = search.close;
    server = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: search.routes });
    await new Promise<void>((resolve) => server.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    await eventually(async () => (await http.get('/index.html').set('Host', a.site.primaryDomain)).status === 200);

    const plan = await stack.http
      .post(`/api/v1/sites/${a.site.id}/media`)
      .set(a.siteAdmin)
      .attach('file', sampleFiles.pdf(), '2027年招生计划.pdf')
      .expect(201);
    ids.bodyHit = await publish(a, 'zwdt/tzgg', { title: '关于做好秋季开学准备的通知', body: '<p>各学校要做好招生报名与开学准备。</p>' });
    ids.attachment = await publish(a, 'zwdt/tzgg', {
      title: '关于公布年度计划的通知',
      body: '<p>详见附件。</p>',
      attachmentIds: [plan.body.id],
    });
    ids.titleHit = await publish(a, 'zwdt/gzdt', { title: '义务教育招生工作会议召开', body: '<p>会议部署了今年的工作。</p>' });
    ids.injection = await publish(a, 'zwdt/gzdt', {
      title: '网络安全宣传周',
      body: '<p>警惕 &lt;script&gt;alert(1)&lt;/script&gt; 网络安全 攻击。</p>',
    });
    ids.township = await publish(b, 'zwdt/gzdt', { title: '城关镇幼儿园招生公告', body: '<p>城关镇幼儿园开始招生。</p>' });
  });
  afterAll(async () => {
    await server.close();
    await closeSearch();
    await stack.close();
  });

  it('finds a two-character word inside a longer phrase, title hits first, with the article URL', async () => {
    const { body } = await api({ q: '招生' }).expect(200);
    expect(body.total).toBe(3);
    expect(body.items.map((item: any) => item.title)).toEqual([
      '义务教育招生工作会议召开',
      '关于公布年度计划的通知',
      '关于做好秋季开学准备的通知',
    ]);
    const article = (await stack.http.get(`/api/v1/sites/${a.site.id}/articles/${ids.titleHit}`).set(a.siteAdmin)).body;
    expect(body.items[0]).toEqual({
      title: '义务教育招生工作会议召开',
      url: article.url,
      siteName: '示范县教育局',
      carriedBy: [],
      publishedAt: article.publishedAt,
      snippet: '会议部署了今年的工作。',
    });
    expect(body.items[1].snippet).toBe('附件:2027年<em>招生</em>计划.pdf');
    expect(body.items[2].snippet).toBe('各学校要做好<em>招生</em>报名与开学准备。');
    expect(await titles({ q: '会议' })).toEqual(['义务教育招生工作会议召开']);
    expect(await titles({ q: '义务教育 会议' })).toEqual(['义务教育招生工作会议召开']);
    expect(await titles({ q: 'PDF' })).toEqual(['关于公布年度计划的通知']);
  });

  it('searches one site or the whole group', async () => {
    expect(await titles({ q: '招生', scope: 'site' }, b.site.primaryDomain)).toEqual(['城关镇幼儿园招生公告']);
    const group = (await api({ q: '招生', scope: 'group' }).expect(200)).body;
    expect(group.total).toBe(4);
    expect(group.items.map((item: any) => item.siteName).sort()).toEqual([
      '城关镇人民政府',
      '示范县教育局',
      '示范县教育局',
      '示范县教育局',
    ]);
    expect(await titles({ q: '招生', scope: 'group', site: b.site.code })).toEqual(['城关镇幼儿园招生公告']);
  });

  it('filters by column and time range, and pages', async () => {
    const tzgg = await columnByPath(stack, a.siteAdmin, a.site.id, 'zwdt/tzgg');
    const zwdt = await columnByPath(stack, a.siteAdmin, a.site.id, 'zwdt');
    expect(await titles({ q: '招生', column: tzgg.id })).toEqual(['关于公布年度计划的通知', '关于做好秋季开学准备的通知']);
    expect((await titles({ q: '招生', column: zwdt.id })).length).toBe(3); // a column includes its subtree
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await titles({ q: '招生', from: today, to: today })).length).toBe(3);
    expect(await titles({ q: '招生', to: '2020-01-01' })).toEqual([]);
    const second = (await api({ q: '招生', pageSize: 1, page: 2 }).expect(200)).body;
    expect(second).toMatchObject({ total: 3, items: [{ title: '关于公布年度计划的通知' }] });
    expect((await api({ q: '招生', page: 9 }).expect(200)).body).toEqual({ items: [], total: 3, recentOnly: false });
    // A column of another site is not searchable from here.
    const other = await columnByPath(stack, b.siteAdmin, b.site.id, 'zwdt/gzdt');
    expect((await api({ q: '招生', column: other.id }).expect(400)).body.message).toBe('要搜索的栏目不存在或不在搜索范围内');
  });

  it('follows edits and unpublishing once the outbox relay has delivered them', async () => {
    const url = `/api/v1/sites/${b.site.id}/articles/${ids.township}`;
    const found = (query: Record<string, string | number>, expected: string[]) =>
      eventually(async () => JSON.stringify(await titles(query, b.site.primaryDomain)) === JSON.stringify(expected), 15000);
    // Without a review chain, an edit of a live article goes live at once.
    const edited = await stack.http.patch(url).set(b.siteAdmin).send({ title: '城关镇幼儿园秋季入园公告' }).expect(200);
    expect(edited.body).toMatchObject({ status: 'published', title: '城关镇幼儿园秋季入园公告' });
    await found({ q: '入园' }, ['城关镇幼儿园秋季入园公告']);
    // Found by its unchanged body, under its new title only.
    expect(await titles({ q: '招生' }, b.site.primaryDomain)).toEqual(['城关镇幼儿园秋季入园公告']);
    await stack.http.post(`${url}/unpublish`).set(b.siteAdmin).expect(200);
    await found({ q: '入园' }, []);
    expect((await api({ q: '招生', scope: 'group' })).body.total).toBe(3);
  });

  it('counts the documents of each word, and checks a word in most of them on the newest documents only', async () => {
    const documentsWith = async (word: string) => {
      const [row] = await stack.infrastructure.dataSource.query('SELECT documents FROM search_terms WHERE term = ?', [
        encodeTerm(word, 'any'),
      ]);
      return Number(row?.documents ?? 0);
    };
    await eventually(async () => (await documentsWith('招生')) === 3 && (await documentsWith('会议')) === 1, 15000);
    const ranked = await titles({ q: '招生' });
    const mixed = await titles({ q: '义务教育 会议' });
    // As if 招生 were in most of a large index: the same answers, from the newest documents.
    await stack.infrastructure.dataSource.query('UPDATE search_terms SET documents = ? WHERE term = ?', [
      COMMON_WORD_DOCUMENTS + 1,
      encodeTerm('招生', 'any'),
    ]);
    try {
      const broad = (await api({ q: '招生' }).expect(200)).body;
      expect(broad).toMatchObject({ total: 3, recentOnly: true });
      expect(broad.items.map((item: { title: string }) => item.title)).toEqual(ranked);
      expect(await titles({ q: '招生 会议' })).toEqual(['义务教育招生工作会议召开']);
      expect(await titles({ q: '义务教育 会议' })).toEqual(mixed);
      const html = (await page({ q: '招生' }).expect(200)).text;
      expect(html).toContain('关键词较为常见,以下结果取自最近发布的 10,000 篇信息');
      expect((await page({ q: '会议' }).expect(200)).text).not.toContain('关键词较为常见');
    } finally {
      await stack.infrastructure.dataSource.query('UPDATE search_terms SET documents = 3 WHERE term = ?', [encodeTerm('招生', 'any')]);
    }
  });

  it('renders the results page in the site layout, valid HTML5, highlighted and escaped', async () => {
    const response = await page({ q: '招生', scope: 'site' }).expect(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.text;
    for (const text of [
      '示范县教育局',
      'aria-label="主导航"',
      '网站标识码',
      '找到相关结果 3 条',
      '义务教育<em>招生</em>工作会议召开',
      'value="招生"',
    ]) {
      expect(html).toContain(text);
    }
    const report = await validator.validateString(html);
    expect(report.results.flatMap((result) => result.messages.map((message) => message.message))).toEqual([]);

    const injected = await api({ q: '网络安全' }).expect(200);
    expect(injected.body.items[0].snippet).toBe('警惕 &lt;script&gt;alert(1)&lt;/script&gt; <em>网络安全</em> 攻击。');
    const injectedPage = (await page({ q: '网络安全' }).expect(200)).text;
    expect(injectedPage).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(injectedPage).not.toContain('<script>alert(1)');
    const quoted = (await page({ q: '"onfocus=alert(1) x=\'' }).expect(200)).text;
    expect(quoted).toContain('value="&quot;onfocus&#x3D;alert(1) x&#x3D;&#x27;"');
  });

  it('answers an empty query with a friendly page and an empty list', async () => {
    expect((await page({ q: '' }).expect(200)).text).toContain('请输入搜索关键词');
    expect((await http.get('/search').set('Host', a.site.primaryDomain).expect(200)).text).toContain('请输入搜索关键词');
    expect((await api({ q: '   ' }).expect(200)).body).toEqual({ items: [], total: 0, recentOnly: false });
    expect((await api({ q: '😀🎉' }).expect(200)).body).toEqual({ items: [], total: 0, recentOnly: false });
    expect((await page({ q: '不存在的词语' }).expect(200)).text).toContain('未找到与“不存在的词语”相关的信息');
  });

  it('refuses a query of 10,000 characters with 400, or 431 when the URL outgrows the header limit', async () => {
    expect((await api({ q: 'a'.repeat(10_000) }).expect(400)).body.message).toBe('搜索关键词不能超过100个字');
    expect((await page({ q: 'a'.repeat(10_000) }).expect(400)).text).toContain('搜索关键词不能超过100个字');
    expect((await api({ q: '字'.repeat(10_000) })).status).toBe(431);
  });

  it.each([
    [{ q: '字'.repeat(101) }, '搜索关键词不能超过100个字'],
    [{ q: '<script>alert(1)</script>' }, '搜索关键词不能包含尖括号(< >)或控制字符'],
    [{ q: '招生', page: -1 }, '页码应为1到100之间的整数'],
    [{ q: '招生', page: 'abc' }, '页码应为1到100之间的整数'],
    [{ q: '招生', scope: 'x' }, '搜索范围只能是本站(site)或全站群(group)'],
    [{ q: '招生', from: 'not-a-date' }, '起始日期应为有效日期,格式如 2026-01-31'],
    [{ q: '招生', site: 'nosuchsite' }, '要搜索的站点不存在或不在搜索范围内'],
    [{ q: '招生', column: 99999999 }, '栏目编号应为正整数'],
  ])('refuses %j with 400 and a Chinese message', async (query, message) => {
    expect((await api(query).expect(400)).body).toEqual({ statusCode: 400, error: 'Bad Request', message });
    const html = (await page(query).expect(400)).text;
    expect(html).toContain(message.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(html).not.toContain('<script>alert(1)');
  });

  it('refuses other methods and unknown sub-paths', async () => {
    expect((await http.post('/api/public/search').set('Host', a.site.primaryDomain)).status).toBe(405);
    expect((await http.get('/search/x').set('Host', a.site.primaryDomain)).status).toBe(404);
  });

  it('keeps serving static pages when the database is unreachable, and answers search with 503', async () => {
    const down = createDynamicRoutes(stack.config, new LazyBackend(stack.config, () => Promise.reject(new Error('down'))));
    const offline = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: down.routes });
    await new Promise<void>((resolve) => offline.server.listen(0, resolve));
    try {
      const client = request(`http://127.0.0.1:${(offline.server.address() as AddressInfo).port}`);
      expect((await client.get('/index.html').set('Host', a.site.primaryDomain)).status).toBe(200);
      expect((await client.get('/search?q=招生').set('Host', a.site.primaryDomain)).status).toBe(503);
      const json = await client.get('/api/public/search?q=招生').set('Host', a.site.primaryDomain);
      expect(json.status).toBe(503);
      expect(json.body.message).toBe('搜索服务暂时不可用,请稍后再试');
    } finally {
      await offline.close();
      await down.close();
    }
  });

  it('rebuilds the index of one site or all from the live articles', async () => {
    const indexer = stack.api.get(SearchIndexer);
    await stack.infrastructure.dataSource.query('DELETE FROM search_documents');
    await stack.infrastructure.dataSource.query(
      'INSERT INTO search_documents (article_id, site_id, column_id, published_at, title, body_text, terms) VALUES (999999, ?, 1, NOW(), ?, ?, ?)',
      [a.site.id, '过期', '', 'w00'],
    );
    const progress: number[] = [];
    expect(await indexer.reindex([a.site.id], (done) => progress.push(done))).toBe(4);
    expect(progress).toEqual([0, 4]);
    expect((await api({ q: '招生' }).expect(200)).body.total).toBe(3);
    expect((await api({ q: '过期' }).expect(200)).body.total).toBe(0);
    expect((await api({ q: '招生', scope: 'group' }).expect(200)).body.total).toBe(3); // site b has nothing live
    await indexer.reindex(null);
    expect((await api({ q: '网络安全', scope: 'group' }).expect(200)).body.total).toBe(1);
  });
});
