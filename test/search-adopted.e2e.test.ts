import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createDynamicRoutes } from '../apps/site/src/dynamic/dynamic-routes';
import { createSiteServer, type SiteServer } from '../apps/site/src/server';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

/**
 * An article the portal adopted (信息报送) has a copy with the same title and text on the portal:
 * the group search shows the source once, naming the sites that carry it, and the copy only
 * when the source is not there.
 */
describe('search shows an adopted article once, with the sites carrying it', () => {
  let stack: TestStack;
  let server: SiteServer;
  let closeSearch: () => Promise<void>;
  let http: ReturnType<typeof request>;
  let portal: { site: any; siteAdmin: Auth };
  let unit: { site: any; siteAdmin: Auth };
  const ids: Record<string, number> = {};

  const api = (query: Record<string, string>, host = unit.site.primaryDomain) =>
    http.get('/api/public/search').query(query).set('Host', host).expect(200);
  /** The answer once `ready` holds for it (the index follows publications, adoptions and withdrawals). */
  const searched = (query: Record<string, string>, ready: (body: any) => boolean, host?: string) =>
    eventually(async () => {
      const { body } = await api(query, host);
      return ready(body) && body;
    });
  const carried = (body: any) => body.items.every((item: any) => item.carriedBy.length > 0);

  async function publishAndAdopt(title: string, mode: 'copy' | 'reference'): Promise<{ source: number; copy: number }> {
    const newsId = (await columnByPath(stack, unit.siteAdmin, unit.site.id, 'zwdt/gzdt')).id;
    const source = (await publishArticle(stack, unit.siteAdmin, unit.site.id, { columnId: newsId, title, body: `<p>${title}的正文。</p>` }))
      .id;
    const targetColumnId = (await columnByPath(stack, portal.siteAdmin, portal.site.id, 'zwdt/bmdt')).id;
    const submitted = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/articles/${source}/syndicate`)
      .set(unit.siteAdmin)
      .send({ targetSiteId: portal.site.id, targetColumnId })
      .expect(201);
    const adopted = await stack.http
      .post(`/api/v1/syndications/${submitted.body.id}/adopt`)
      .set(portal.siteAdmin)
      .send({ mode })
      .expect(200);
    return { source, copy: adopted.body.articleId };
  }

  beforeAll(async () => {
    stack = await startStack();
    const admin = await adminLogin(stack);
    portal = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
    unit = await provisionSite(stack, admin, { name: '示范县教育局' });
    const search = createDynamicRoutes(stack.config);
    closeSearch = search.close;
    server = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: search.routes });
    await new Promise<void>((resolve) => server.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    await eventually(async () => (await http.get('/index.html').set('Host', unit.site.primaryDomain)).status === 200);

    Object.assign(ids, await publishAndAdopt('全县秋季学期开学工作部署', 'copy'));
    ids.reference = (await publishAndAdopt('教育局举办秋季开学教师培训', 'reference')).source;
  });
  afterAll(async () => {
    await server.close();
    await closeSearch();
    await stack.close();
  });

  it('lists the source once in a group search, naming the portal that carries it', async () => {
    const body = await searched({ q: '秋季开学', scope: 'group' }, carried);
    expect(body.total).toBe(2);
    expect(body.items).toEqual([
      expect.objectContaining({ title: '教育局举办秋季开学教师培训', siteName: '示范县教育局', carriedBy: ['示范县人民政府'] }),
      expect.objectContaining({ title: '全县秋季学期开学工作部署', siteName: '示范县教育局', carriedBy: ['示范县人民政府'] }),
    ]);
    expect(body.items[1].url).toContain(`_${ids.source}.html`);

    await searched({ q: '开学工作部署', scope: 'group' }, carried);
    const page = await http.get('/search').query({ q: '开学工作部署', scope: 'group' }).set('Host', unit.site.primaryDomain).expect(200);
    expect(page.text).toContain('找到相关结果 1 条');
    expect(page.text).toContain('<p class="search-results__carried">转载:示范县人民政府</p>');
  });

  it('shows the portal its copy when the source is outside the search', async () => {
    const body = await searched({ q: '开学工作部署' }, (answer) => answer.total === 1, portal.site.primaryDomain);
    expect(body.items).toEqual([expect.objectContaining({ siteName: '示范县人民政府', carriedBy: [] })]);
    expect(body.items[0].url).toContain(`_${ids.copy}.html`);
  });

  it('shows the copy once its source goes offline', async () => {
    await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${ids.source}/unpublish`).set(unit.siteAdmin).expect(200);
    const body = await searched({ q: '开学工作部署', scope: 'group' }, (answer) => answer.items[0]?.siteName === '示范县人民政府');
    expect(body.total).toBe(1);
    expect(body.items).toEqual([expect.objectContaining({ siteName: '示范县人民政府', carriedBy: [] })]);
    expect(body.items[0].url).toContain(`_${ids.copy}.html`);
  });
});
