import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

describe('what the console reads about chains and domains', () => {
  let stack: TestStack;
  let admin: Auth;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
  });
  afterAll(() => stack.close());

  it('tells any signed-in user the platform domain and the sites’ public port', async () => {
    const { siteAdmin } = await provisionSite(stack, admin);
    const info = await stack.http.get('/api/v1/platform/info').set(siteAdmin).expect(200);
    expect(info.body).toEqual({ platformDomain: stack.config.platformDomain, publicPort: stack.config.publicPort });
    expect((await stack.http.get('/api/v1/platform/info')).status).toBe(401);
  });

  it("shows a site's staff every chain in force there; only the portal center changes them", async () => {
    const { site, siteAdmin } = await provisionSite(stack, admin, {}, { reviewChain: 'default' });
    const other = await provisionSite(stack, admin);
    const news = await columnByPath(stack, siteAdmin, site.id, 'zwdt/gzdt');
    const overview = `/api/v1/sites/${site.id}/review-chains`;
    expect((await stack.http.get(overview).set(siteAdmin)).body).toEqual({
      platform: ['leader', 'portal_reviewer', 'security_reviewer'],
      site: null,
      columns: [],
    });

    await stack.http
      .put(`/api/v1/sites/${site.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    const columnChain = `/api/v1/sites/${site.id}/columns/${news.id}/review-chain`;
    await stack.http.put(columnChain).set(admin).send({ steps: [] }).expect(200);
    expect((await stack.http.get(overview).set(siteAdmin)).body).toMatchObject({
      site: ['leader'],
      columns: [{ columnId: news.id, columnName: news.name, columnPath: 'zwdt/gzdt', steps: [] }],
    });

    expect((await stack.http.get(overview).set(other.siteAdmin)).status).toBe(403);
    expect((await stack.http.delete(columnChain).set(siteAdmin)).status).toBe(403);
    await stack.http.delete(columnChain).set(admin).expect(204);
    expect((await stack.http.get(overview).set(siteAdmin)).body.columns).toEqual([]);
  });

  it('forgets the chain of a deleted column', async () => {
    const { site, siteAdmin } = await provisionSite(stack, admin);
    const column = await stack.http
      .post(`/api/v1/sites/${site.id}/columns`)
      .set(siteAdmin)
      .send({ name: '临时栏目', slug: 'lsl' })
      .expect(201);
    await stack.http
      .put(`/api/v1/sites/${site.id}/columns/${column.body.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] });
    await stack.http.delete(`/api/v1/sites/${site.id}/columns/${column.body.id}`).set(siteAdmin).expect(204);
    expect((await stack.http.get(`/api/v1/sites/${site.id}/review-chains`).set(siteAdmin)).body.columns).toEqual([]);
  });
});
