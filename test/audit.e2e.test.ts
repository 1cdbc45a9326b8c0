import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('audit log', () => {
  let stack: TestStack;
  let admin: { Authorization: string };
  let site: any;
  let auth: { Authorization: string };

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin));
  });
  afterAll(() => stack.close());

  const log = (query: Record<string, unknown>) => stack.http.get('/api/v1/platform/audit-log').query(query).set(admin);

  it('records logins, successful or not, without the password', async () => {
    await stack.http.post('/api/v1/auth/login').send({ username: site.admin.username, password: 'wrong-Passw0rd' });
    const failures = await log({ action: 'auth.login' });
    const failed = failures.body.items.find((entry: { statusCode: number }) => entry.statusCode === 401);
    expect(failed).toMatchObject({ username: site.admin.username, action: 'auth.login', ip: expect.stringMatching(/127\.0\.0\.1/) });
    expect(failed.summary).toContain('password=***');
    expect(failed.summary).not.toContain('wrong-Passw0rd');
    expect(failures.body.items.some((entry: { statusCode: number }) => entry.statusCode === 200)).toBe(true);
  });

  it('records every state-changing admin action with site, target and a summary', async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '审计测试', body: `<p>${'长'.repeat(300)}</p>` });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth);
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/99999999`).set(auth).send({ title: 'x' });
    const entries = (await log({ siteId: site.id })).body.items;
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'articles.create',
          siteId: site.id,
          username: site.admin.username,
          statusCode: 201,
          summary: expect.stringContaining('title="审计测试"'),
        }),
        expect.objectContaining({ action: 'articles.submit', target: `id:${created.body.id}`, statusCode: 200 }),
        expect.objectContaining({ action: 'articles.update', target: 'id:99999999', statusCode: 404 }),
      ]),
    );
    const create = entries.find((entry: { action: string }) => entry.action === 'articles.create');
    expect(create.summary).toContain('body=(');
    expect((await log({ action: 'sites.suspend' })).body.total).toBe(0);
    expect((await log({ userId: 99999999 })).body.total).toBe(0);
    expect((await log({ from: '2999-01-01T00:00:00Z' })).body.total).toBe(0);
    // Reads are not recorded.
    expect((await log({ action: 'articles.list' })).body.total).toBe(0);
  });

  it('records state-changing requests the access guard refuses, without a token or on another site', async () => {
    const other = await provisionSite(stack, admin);
    await stack.http.post(`/api/v1/sites/${other.site.id}/columns`).set(auth).send({ name: '越权', slug: 'yq' }).expect(403);
    await stack.http.post(`/api/v1/sites/${site.id}/columns`).send({ name: '匿名', slug: 'nm' }).expect(401);
    const refused = (await log({ action: 'columns.create' })).body.items;
    expect(refused).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ siteId: other.site.id, username: site.admin.username, statusCode: 403 }),
        expect.objectContaining({ siteId: site.id, userId: null, statusCode: 401 }),
      ]),
    );
    // Reads refused by the guard are not state changes and are not recorded.
    await stack.http.get(`/api/v1/sites/${other.site.id}/articles`).set(auth).expect(403);
    expect((await log({ action: 'articles.list' })).body.total).toBe(0);
  });

  it('is for the portal center only, and validates its filters', async () => {
    expect((await stack.http.get('/api/v1/platform/audit-log').set(auth)).status).toBe(403);
    expect((await log({ siteId: 'abc' })).status).toBe(400);
    expect((await log({ from: 'yesterday' })).status).toBe(400);
    expect((await log({ action: "x'; DROP TABLE audit_log" })).status).toBe(400);
    expect((await log({ pageSize: 1000 })).status).toBe(400);
  });

  it('prunes entries older than 180 days and keeps the rest', async () => {
    const { AuditService } = await import('@zhanqun/audit');
    const audit = stack.api.get(AuditService);
    await audit.record({
      userId: null,
      username: 'old',
      siteId: null,
      action: 'test.old',
      target: '',
      summary: '',
      ip: '',
      statusCode: 200,
      at: new Date(Date.now() - 181 * 86_400_000),
    });
    await audit.record({
      userId: null,
      username: 'recent',
      siteId: null,
      action: 'test.recent',
      target: '',
      summary: '',
      ip: '',
      statusCode: 200,
      at: new Date(Date.now() - 179 * 86_400_000),
    });
    expect(await audit.prune()).toBe(1);
    expect((await log({ action: 'test.old' })).body.total).toBe(0);
    expect((await log({ action: 'test.recent' })).body.total).toBe(1);
  });
});
