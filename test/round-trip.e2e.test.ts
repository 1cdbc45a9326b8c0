import { CitizenLetters } from '@zhanqun/interaction';
import { Database } from '@zhanqun/shared';
import { adminLogin, columnByPath, login, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };
type Doc = Record<string, any>;

function without(doc: Doc, fields: string[]): Doc {
  return Object.fromEntries(Object.entries(doc).filter(([key]) => !fields.includes(key)));
}

/**
 * Every resource the API lets clients read and write back: GET, change one field, send the whole
 * document back with PUT/PATCH (read-only fields and all), GET again. The change lands, nothing
 * else changes, and read-only fields sent with other values are ignored.
 */
describe('GET → change → PUT/PATCH round trips of every writable resource', () => {
  let stack: TestStack;
  let admin: Auth;
  let unit: { site: any; siteAdmin: Auth };
  let portal: { site: any; siteAdmin: Auth };

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    portal = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
    unit = await provisionSite(stack, admin, { name: '示范县往返测试局' });
  });
  afterAll(() => stack.close());

  /**
   * GETs the document (`read`), applies `change` and `tamper` (values of read-only fields) to a
   * copy, writes the whole copy back and GETs again: `changed` took effect, `tamper` did not, and
   * every other field is as before (but `volatile` ones, e.g. updatedAt).
   */
  async function roundTrip(spec: {
    read: () => Promise<Doc>;
    write: (body: Doc) => Promise<{ status: number; body: any }>;
    change: Doc;
    tamper?: Doc;
    volatile?: string[];
  }): Promise<{ before: Doc; after: Doc }> {
    const before = await spec.read();
    const sent = { ...structuredClone(before), ...spec.change, ...spec.tamper };
    const response = await spec.write(sent);
    expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: expect.anything() });
    const after = await spec.read();
    const volatile = spec.volatile ?? [];
    expect(without(after, volatile)).toEqual(without({ ...before, ...spec.change }, volatile));
    return { before, after };
  }

  const get = async (path: string, auth: Auth = admin) => {
    const response = await stack.http.get(`/api/v1${path}`).set(auth);
    expect(response.status).toBe(200);
    return response.body;
  };

  it('site fields (PATCH /sites/:siteId), by its site_admin and by the portal center', async () => {
    const path = `/sites/${unit.site.id}`;
    for (const [auth, sponsor] of [
      [unit.siteAdmin, '示范县往返测试局(主办)'],
      [admin, '示范县人民政府办公室'],
    ] as const) {
      await roundTrip({
        read: () => get(path, auth),
        write: (body) => stack.http.patch(`/api/v1${path}`).set(auth).send(body),
        change: { sponsor },
        tamper: {
          id: 999999,
          code: 'hijack',
          kind: 'portal',
          status: 'suspended',
          domains: ['evil.example'],
          createdAt: '2000-01-01T00:00:00.000Z',
        },
        volatile: ['updatedAt'],
      });
    }
  });

  it('accounts (PATCH /platform/users/:userId)', async () => {
    const created = await stack.http.post('/api/v1/platform/users').set(admin).send({ username: 'rt_user', displayName: '往返' });
    await roundTrip({
      read: () => get(`/platform/users/${created.body.id}`),
      write: (body) => stack.http.patch(`/api/v1/platform/users/${created.body.id}`).set(admin).send(body),
      change: { displayName: '往返测试账号', office: 'party' },
      tamper: { username: 'rt_hijack', disabled: true, mustChangePassword: false, grants: [{ siteId: null, role: 'platform_admin' }] },
    });
  });

  it('columns (PATCH /sites/:siteId/columns/:columnId), a standard one included', async () => {
    const column = async () => without(await columnByPath(stack, unit.siteAdmin, unit.site.id, 'zwdt/gzdt'), []);
    const { id } = await column();
    await roundTrip({
      read: column,
      write: (body) => stack.http.patch(`/api/v1/sites/${unit.site.id}/columns/${id}`).set(unit.siteAdmin).send(body),
      change: { description: '本局工作动态', sort: 7 },
      tamper: { path: 'elsewhere', required: false, children: [] },
    });
  });

  it('articles (PATCH /sites/:siteId/articles/:id), with updatedAt as the compare-and-set base', async () => {
    const newsId = (await columnByPath(stack, unit.siteAdmin, unit.site.id, 'zwdt/gzdt')).id;
    const draft = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/articles`)
      .set(unit.siteAdmin)
      .send({ columnId: newsId, title: '往返草稿', body: '<p>正文<strong>加粗</strong></p>', writtenOn: '2026-03-01' });
    const path = `/sites/${unit.site.id}/articles/${draft.body.id}`;
    const write = (body: Doc) => stack.http.patch(`/api/v1${path}`).set(unit.siteAdmin).send(body);
    const { before, after } = await roundTrip({
      read: () => get(path, unit.siteAdmin),
      write,
      change: { title: '往返草稿(改)' },
      tamper: { id: 1, siteId: 999, status: 'published', indexNo: 'X/2026-1', url: 'http://evil.example/', reviewStalled: true },
      volatile: ['updatedAt'],
    });

    // The base read before that change is stale now: 409, nothing saved.
    const stale = await write({ ...before, title: '基于旧版本的修改' });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toMatch(/已被他人修改/);
    expect((await get(path, unit.siteAdmin)).title).toBe('往返草稿(改)');
    expect((await write({ ...after, summary: '基于最新版本' })).status).toBe(200);

    // Under a review chain, a live article sent back with only a flag changed stays live, with no edit waiting for review.
    const live = await publishArticle(stack, unit.siteAdmin, unit.site.id, {
      columnId: newsId,
      title: '往返已发布',
      body: '<p>已发布</p>',
    });
    const chain = `/api/v1/sites/${unit.site.id}/review-chain`;
    await stack.http
      .put(chain)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    await roundTrip({
      read: () => get(`/sites/${unit.site.id}/articles/${live.id}`, unit.siteAdmin),
      write: (body) => stack.http.patch(`/api/v1/sites/${unit.site.id}/articles/${live.id}`).set(unit.siteAdmin).send(body),
      change: { headline: true },
      volatile: ['updatedAt'],
    });
    await stack.http.put(chain).set(admin).send({ steps: [] }).expect(200);
  });

  it('review chains (PUT platform, site and column chains)', async () => {
    await roundTrip({
      read: () => get('/platform/review-chain'),
      write: (body) => stack.http.put('/api/v1/platform/review-chain').set(admin).send(body),
      change: { steps: ['leader', 'portal_reviewer', 'security_reviewer'] },
    });
    const site = `/sites/${unit.site.id}/review-chain`;
    await roundTrip({
      read: () => get(site),
      write: (body) => stack.http.put(`/api/v1${site}`).set(admin).send(body),
      change: { steps: ['leader'] },
      tamper: { effective: ['site_admin'] },
      volatile: ['effective'],
    });
    expect((await get(site)).effective).toEqual(['leader']);

    const column = (await columnByPath(stack, unit.siteAdmin, unit.site.id, 'zwdt/tzgg')).id;
    await stack.http.put(`/api/v1/sites/${unit.site.id}/columns/${column}/review-chain`).set(admin).send({ steps: [] }).expect(200);
    const own = async () => (await get(`/sites/${unit.site.id}/review-chains`)).columns.find((chain: Doc) => chain.columnId === column);
    await roundTrip({
      read: own,
      write: (body) => stack.http.put(`/api/v1/sites/${unit.site.id}/columns/${column}/review-chain`).set(admin).send(body),
      change: { steps: ['site_admin'] },
      tamper: { columnName: '改名', columnPath: 'x/y' },
    });
  });

  it('templates (PUT platform and site templates)', async () => {
    await roundTrip({
      read: () => get('/platform/templates/partial.letter-card'),
      write: (body) => stack.http.put('/api/v1/platform/templates/partial.letter-card').set(admin).send(body),
      change: { source: `${(await get('/platform/templates/partial.letter-card')).source}{{!-- 往返 --}}` },
      tamper: { name: 'layout', file: 'layout.hbs', locked: true },
    });
    const path = `/sites/${unit.site.id}/templates/page.single`;
    const { after } = await roundTrip({
      read: () => get(path, unit.siteAdmin),
      write: (body) => stack.http.put(`/api/v1${path}`).set(unit.siteAdmin).send(body),
      change: { source: `${(await get(path, unit.siteAdmin)).source}{{!-- 本站 --}}` },
      tamper: { platformSource: 'hijack' },
      volatile: ['overridden'],
    });
    expect(after.overridden).toBe(true);
  });

  it('the media quota (GET media-usage → PUT media-quota)', async () => {
    await roundTrip({
      read: () => get(`/sites/${unit.site.id}/media-usage`),
      write: (body) => stack.http.put(`/api/v1/sites/${unit.site.id}/media-quota`).set(admin).send(body),
      change: { quotaMb: 3072, quotaBytes: 3072 * 1024 * 1024 },
      tamper: { usedBytes: 1, files: 99, siteId: portal.site.id },
    });
  });

  it('政府网站链接 (PATCH /platform/links/:id)', async () => {
    const created = await stack.http
      .post('/api/v1/platform/links')
      .set(admin)
      .send({ name: '河南省人民政府', url: 'https://www.henan.gov.cn/', group: 'higher' });
    const link = async () => (await get('/platform/links')).items.find((item: Doc) => item.id === created.body.id);
    await roundTrip({
      read: link,
      write: (body) => stack.http.patch(`/api/v1/platform/links/${created.body.id}`).set(admin).send(body),
      change: { sort: 3 },
      tamper: { id: 424242 },
    });
  });

  it('syndication rule and rates (PUT)', async () => {
    const target = async (path: string) => (await columnByPath(stack, portal.siteAdmin, portal.site.id, path)).id;
    const source = (await columnByPath(stack, unit.siteAdmin, unit.site.id, 'zwdt/gzdt')).id;
    const rule = `/sites/${unit.site.id}/columns/${source}/syndication-rule`;
    await stack.http
      .put(`/api/v1${rule}`)
      .set(unit.siteAdmin)
      .send({ targetSiteId: portal.site.id, targetColumnId: await target('zwdt/bmdt') })
      .expect(200);
    await roundTrip({
      read: () => get(rule, unit.siteAdmin),
      write: (body) => stack.http.put(`/api/v1${rule}`).set(unit.siteAdmin).send(body),
      change: { targetColumnId: await target('zwdt/zwyw') },
      tamper: { columnId: 1 },
      volatile: ['updatedAt'],
    });

    await roundTrip({
      read: () => get('/platform/syndication-rates'),
      write: (body) => stack.http.put('/api/v1/platform/syndication-rates').set(admin).send(body),
      change: { pricePerUnit: '3.50' },
    });
  });

  it('the standards profile (PUT /platform/standards), its version the compare-and-set base', async () => {
    const { before } = await roundTrip({
      read: () => get('/platform/standards'),
      write: (body) => stack.http.put('/api/v1/platform/standards').set(admin).send(body),
      change: { portalName: '示范县人民政府门户网站' },
      volatile: ['version'],
    });
    expect((await stack.http.put('/api/v1/platform/standards').set(admin).send(before)).status).toBe(409);
  });

  it('a letter sent back with its reply (POST /sites/:siteId/letters/:id/reply)', async () => {
    const letter = await new CitizenLetters(stack.api.get(Database)).submit(
      unit.site.id,
      {
        kind: 'mailbox',
        name: '张三',
        phone: '13800000000',
        email: '',
        subject: '咨询办事时间',
        body: '请问周六是否办公?',
        errorType: '',
        pageUrl: '',
        publicConsent: true,
      },
      '127.0.0.1',
    );
    const handler = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/users`)
      .set(unit.siteAdmin)
      .send({ username: 'rt_handler', displayName: '信件办理', roles: ['letter_handler'] });
    const auth = await login(stack, 'rt_handler', handler.body.initialPassword);
    const path = `/sites/${unit.site.id}/letters/${letter.id}`;
    const { after } = await roundTrip({
      read: () => get(path, auth),
      write: (body) => stack.http.post(`/api/v1${path}/reply`).set(auth).send(body),
      change: { reply: '周六上午办公。' },
      tamper: { name: '李四', subject: '改了', published: true },
      volatile: ['status', 'repliedBy', 'repliedAt'],
    });
    expect(after).toMatchObject({ status: 'replied', published: false, repliedAt: expect.any(String) });
  });
});
