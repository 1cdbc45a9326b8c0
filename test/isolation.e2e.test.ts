import { adminLogin, columnByPath, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

interface Route {
  method: string;
  path: string;
}

/** Every route of the running API, read from the Express router (so new routes are covered too). */
function routesOf(stack: TestStack): Route[] {
  const router = stack.api.getHttpAdapter().getInstance().router;
  const routes: Route[] = [];
  for (const layer of router.stack) {
    if (!layer.route) continue;
    for (const method of Object.keys(layer.route.methods)) routes.push({ method, path: layer.route.path });
  }
  return routes;
}

describe('tenant isolation', () => {
  let stack: TestStack;
  let a: { site: any; auth: { Authorization: string } };
  let b: { site: any; auth: { Authorization: string }; columnId: number; articleId: number; runId: string; userId: number };
  let admin: { Authorization: string };

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
    const siteA = await provisionSite(stack, admin);
    const siteB = await provisionSite(stack, admin);
    a = { site: siteA.site, auth: siteA.siteAdmin };
    const column = await stack.http
      .post(`/api/v1/sites/${siteB.site.id}/columns`)
      .set(siteB.siteAdmin)
      .send({ name: 'B栏目', slug: 'blm' });
    const news = await columnByPath(stack, siteB.siteAdmin, siteB.site.id, 'zwdt/gzdt');
    const article = await stack.http
      .post(`/api/v1/sites/${siteB.site.id}/articles`)
      .set(siteB.siteAdmin)
      .send({ columnId: news.id, title: 'B的文章', body: '<p>B</p>' });
    const run = await stack.http.post(`/api/v1/sites/${siteB.site.id}/rebuild`).set(siteB.siteAdmin);
    const editor = await stack.http
      .post(`/api/v1/sites/${siteB.site.id}/users`)
      .set(siteB.siteAdmin)
      .send({ username: `b_editor_${siteB.site.id}`, displayName: 'B的编辑', roles: ['editor'] });
    b = {
      site: siteB.site,
      auth: siteB.siteAdmin,
      columnId: column.body.id,
      articleId: article.body.id,
      runId: run.body.runId,
      userId: editor.body.id,
    };
  });
  afterAll(() => stack.close());

  async function snapshotOfB() {
    const [site, columns, articles, article, users] = await Promise.all([
      stack.http.get(`/api/v1/sites/${b.site.id}`).set(admin),
      stack.http.get(`/api/v1/sites/${b.site.id}/columns`).set(admin),
      stack.http.get(`/api/v1/sites/${b.site.id}/articles`).set(admin),
      stack.http.get(`/api/v1/sites/${b.site.id}/articles/${b.articleId}`).set(admin),
      stack.http.get(`/api/v1/sites/${b.site.id}/users`).set(admin),
    ]);
    return JSON.stringify([site.body, columns.body, articles.body, article.body, users.body]);
  }

  it('enumerates the tenant-scoped routes', () => {
    const scoped = routesOf(stack).filter((route) => route.path.includes(':siteId'));
    expect(scoped.length).toBeGreaterThanOrEqual(14);
  });

  it('gives a user of site A 403 or 404 on every route of site B, and changes nothing of B', async () => {
    const before = await snapshotOfB();
    const scoped = routesOf(stack).filter((route) => route.path.includes(':siteId') || route.path.includes(':runId'));
    const body = {
      name: '篡改',
      title: '篡改',
      body: '<p>x</p>',
      slug: 'hack',
      columnId: b.columnId,
      username: 'hacker_x',
      displayName: 'x',
      roles: ['editor'],
      userId: 1,
      role: 'editor',
      comment: 'x',
    };
    const outcomes: string[] = [];
    for (const route of scoped) {
      const path = route.path
        .replace(':siteId', String(b.site.id))
        .replace(':columnId', String(b.columnId))
        .replace(':runId', b.runId)
        .replace(':userId', String(b.userId))
        .replace(':role', 'editor')
        .replace(/:id\b/, String(b.articleId));
      const response = await (stack.http as any)[route.method](path).set(a.auth).send(body);
      outcomes.push(`${route.method.toUpperCase()} ${route.path} → ${response.status}`);
      expect([403, 404]).toContain(response.status);
    }
    expect(outcomes.length).toBeGreaterThan(0);
    expect(await snapshotOfB()).toBe(before);
  });

  it("cannot reach B's column or article through A's own site id", async () => {
    const before = await snapshotOfB();
    const base = `/api/v1/sites/${a.site.id}`;
    expect((await stack.http.get(`${base}/articles/${b.articleId}`).set(a.auth)).status).toBe(404);
    expect((await stack.http.patch(`${base}/articles/${b.articleId}`).set(a.auth).send({ title: 'x' })).status).toBe(404);
    expect((await stack.http.delete(`${base}/articles/${b.articleId}`).set(a.auth)).status).toBe(404);
    expect((await stack.http.post(`${base}/articles/${b.articleId}/submit`).set(a.auth)).status).toBe(404);
    expect((await stack.http.patch(`${base}/columns/${b.columnId}`).set(a.auth).send({ name: 'x' })).status).toBe(404);
    expect((await stack.http.delete(`${base}/columns/${b.columnId}`).set(a.auth)).status).toBe(404);
    // Writing into B's column from A's site is refused as a bad reference.
    expect((await stack.http.post(`${base}/articles`).set(a.auth).send({ columnId: b.columnId, title: 'x', body: 'x' })).status).toBe(400);
    expect((await stack.http.post(`${base}/columns`).set(a.auth).send({ name: 'x', slug: 'xx', parentId: b.columnId })).status).toBe(400);
    const listed = await stack.http.get(`${base}/articles`).set(a.auth);
    expect(listed.body.items.some((item: { id: number }) => item.id === b.articleId)).toBe(false);
    // B's users cannot be reached through A's site id either.
    expect((await stack.http.get(`${base}/users/${b.userId}`).set(a.auth)).status).toBe(404);
    expect((await stack.http.post(`${base}/users/${b.userId}/disable`).set(a.auth)).status).toBe(404);
    expect((await stack.http.post(`${base}/users/${b.userId}/reset-password`).set(a.auth)).status).toBe(404);
    expect((await stack.http.delete(`${base}/grants/${b.userId}/editor`).set(a.auth)).status).toBe(404);
    // Nor attached to A by their id (granting is the portal center's), which would show them in A's user list.
    expect((await stack.http.post(`${base}/grants`).set(a.auth).send({ userId: b.userId, role: 'editor' })).status).toBe(403);
    const users = await stack.http.get(`${base}/users`).set(a.auth);
    expect(users.body.items.some((item: { id: number }) => item.id === b.userId)).toBe(false);
    expect(await snapshotOfB()).toBe(before);
  });

  it('lists only the sites where the caller holds a role', async () => {
    const listed = await stack.http.get('/api/v1/sites').set(a.auth);
    expect(listed.body.items.map((s: { id: number }) => s.id)).toEqual([a.site.id]);
  });
});
