import { adminLogin, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('sites, domains, users and grants (v1 API: sites)', () => {
  let stack: TestStack;
  let admin: { Authorization: string };
  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
  });
  afterAll(() => stack.close());

  const create = (body: Record<string, unknown>, auth = admin) => stack.http.post('/api/v1/sites').set(auth).send(body);

  it('provisions a department with its domain, skeleton and a one-time admin password', async () => {
    const response = await create({
      code: 'jyj',
      name: '示范县教育局',
      kind: 'department',
      sponsor: '示范县教育局',
      idCode: '4103240001',
      aliases: ['Edu.Zhanqun.Test'],
      admin: { username: 'jyj_admin', displayName: '教育局管理员' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      code: 'jyj',
      name: '示范县教育局',
      kind: 'department',
      status: 'active',
      primaryDomain: 'jyj.zhanqun.test',
      domains: ['jyj.zhanqun.test', 'edu.zhanqun.test'],
      admin: { username: 'jyj_admin', initialPassword: expect.stringMatching(/^.{12,}$/) },
    });
    const siteAdmin = await login(stack, 'jyj_admin', response.body.admin.initialPassword);
    const columns = await stack.http.get(`/api/v1/sites/${response.body.id}/columns`).set(siteAdmin);
    expect(columns.status).toBe(200);
    const names = columns.body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual(['政务动态', '机构概况', '信息公开', '办事服务', '互动交流']);
    const disclosure = columns.body.items.find((c: { slug: string }) => c.slug === 'xxgk');
    expect(disclosure.children.map((c: { name: string }) => c.name)).toEqual(['政策文件', '公开目录', '依申请公开', '年度报告']);
    expect(disclosure).toMatchObject({ required: true, path: 'xxgk', kind: 'list' });
  });

  it('puts the portal at www and allows only one portal', async () => {
    const portal = await create({
      code: 'portal',
      name: '示范县人民政府',
      kind: 'portal',
      admin: { username: 'www_admin', displayName: '门户管理员' },
    });
    expect(portal.status).toBe(201);
    expect(portal.body.primaryDomain).toBe('www.zhanqun.test');
    const second = await create({ code: 'portal2', name: '第二门户', kind: 'portal', admin: { username: 'www2_admin', displayName: 'x' } });
    expect(second.status).toBe(409);
  });

  it('answers 409 for a taken code, username or domain, and stores nothing', async () => {
    const before = (await stack.http.get('/api/v1/sites').set(admin)).body.total;
    expect((await create({ code: 'jyj', name: 'x', kind: 'department', admin: { username: 'other1', displayName: 'x' } })).status).toBe(
      409,
    );
    expect((await create({ code: 'new1', name: 'x', kind: 'department', admin: { username: 'jyj_admin', displayName: 'x' } })).status).toBe(
      409,
    );
    expect(
      (
        await create({
          code: 'new2',
          name: 'x',
          kind: 'department',
          aliases: ['edu.zhanqun.test'],
          admin: { username: 'other2', displayName: 'x' },
        })
      ).status,
    ).toBe(409);
    expect((await stack.http.get('/api/v1/sites').set(admin)).body.total).toBe(before);
  });

  it.each([
    [{}, /code/],
    [{ code: 'A', name: 'x', kind: 'department', admin: { username: 'u1', displayName: 'x' } }, /code/],
    [{ code: 'ok-code', name: '', kind: 'department', admin: { username: 'u1', displayName: 'x' } }, /name/],
    [{ code: 'ok-code', name: 'x', kind: 'ministry', admin: { username: 'u1', displayName: 'x' } }, /kind/],
    [{ code: 'ok-code', name: 'x', kind: 'department' }, /admin/],
    [{ code: 'ok-code', name: 'x', kind: 'department', admin: { username: 'U S', displayName: 'x' } }, /username/],
    [{ code: 'ok-code', name: 'x', kind: 'department', idCode: '123', admin: { username: 'u1', displayName: 'x' } }, /标识码/],
    [{ code: 'ok-code', name: '<script>alert(1)</script>', kind: 'department', admin: { username: 'u1', displayName: 'x' } }, /name/],
    [{ code: 'ok-code', name: 'x'.repeat(101), kind: 'department', admin: { username: 'u1', displayName: 'x' } }, /name/],
    [{ code: 'ok-code', name: 'x', kind: 'department', aliases: ['not a host'], admin: { username: 'u1', displayName: 'x' } }, /别名/],
    [
      { code: 'ok-code', name: 'x', kind: 'department', aliases: ['evil.example.com'], admin: { username: 'u1', displayName: 'x' } },
      /后缀/,
    ],
    [{ code: 'ok-code', name: 'x', kind: 'department', aliases: 'x.test', admin: { username: 'u1', displayName: 'x' } }, /aliases/],
    [
      { code: 'ok-code', name: 'x', kind: 'department', aliases: ['www.zhanqun.test'], admin: { username: 'u1', displayName: 'x' } },
      /门户网站的域名/,
    ],
    [
      { code: 'ok-code', name: 'x', kind: 'department', aliases: ['admin.zhanqun.test'], admin: { username: 'u1', displayName: 'x' } },
      /管理后台的域名/,
    ],
    [{ code: 'ok-code', name: 'x', kind: 'department', extra: 1, admin: { username: 'u1', displayName: 'x' } }, /extra/],
  ])('rejects a bad site body with 400 and a message (%#)', async (body, message) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ statusCode: 400, error: 'Bad Request', message: expect.stringMatching(message) });
    expect((await stack.http.get('/api/v1/sites').set(admin)).body.items.some((s: { code: string }) => s.code === 'ok-code')).toBe(false);
  });

  it('keeps the code admin for the console host (422), storing nothing', async () => {
    const response = await create({ code: 'admin', name: '管理', kind: 'department', admin: { username: 'adm_x', displayName: 'x' } });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/管理后台/);
    expect((await stack.http.get('/api/v1/sites').set(admin)).body.items.some((s: { code: string }) => s.code === 'admin')).toBe(false);
  });

  it('accepts emoji and 4-byte characters in plain-text fields', async () => {
    const { site } = await provisionSite(stack, admin, { name: '𠮷野家乡政府🏛️', sponsor: '主办🏛️' });
    const fetched = await stack.http.get(`/api/v1/sites/${site.id}`).set(admin);
    expect(fetched.body.name).toBe('𠮷野家乡政府🏛️');
  });

  it('lets only platform admins provision, suspend, resume and grant', async () => {
    const { site, siteAdmin } = await provisionSite(stack, admin);
    expect(
      (await create({ code: 'sneaky', name: 'x', kind: 'department', admin: { username: 'u9', displayName: 'x' } }, siteAdmin)).status,
    ).toBe(403);
    expect((await stack.http.post(`/api/v1/sites/${site.id}/suspend`).set(siteAdmin)).status).toBe(403);
    const suspended = await stack.http.post(`/api/v1/sites/${site.id}/suspend`).set(admin);
    expect(suspended.status).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    expect((await stack.http.post(`/api/v1/sites/${site.id}/resume`).set(admin)).body.status).toBe('active');
    expect((await stack.http.post('/api/v1/sites/999999/suspend').set(admin)).status).toBe(404);
    expect((await stack.http.post('/api/v1/sites/abc/suspend').set(admin)).status).toBe(404);
  });

  it('lets a site admin edit the site and create staff; lists only the caller’s sites', async () => {
    const { site, siteAdmin } = await provisionSite(stack, admin);
    const patched = await stack.http
      .patch(`/api/v1/sites/${site.id}`)
      .set(siteAdmin)
      .send({ sponsor: '示范县测试局', contactPhone: '0379-66661234' });
    expect(patched.status).toBe(200);
    expect(patched.body.sponsor).toBe('示范县测试局');
    expect((await stack.http.patch(`/api/v1/sites/${site.id}`).set(siteAdmin).send({ category: 'party' })).status).toBe(403);
    expect((await stack.http.patch(`/api/v1/sites/${site.id}`).set(siteAdmin).send({ idCode: 'abc' })).status).toBe(400);

    const editor = await stack.http
      .post(`/api/v1/sites/${site.id}/users`)
      .set(siteAdmin)
      .send({ username: `${site.code}_ed`, displayName: '编辑', roles: ['editor'] });
    expect(editor.status).toBe(201);
    expect(editor.body).toMatchObject({ id: expect.any(Number), username: `${site.code}_ed`, initialPassword: expect.any(String) });
    const portalRole = await stack.http
      .post(`/api/v1/sites/${site.id}/users`)
      .set(siteAdmin)
      .send({ username: `${site.code}_pr`, displayName: 'x', roles: ['portal_reviewer'] });
    expect(portalRole.status).toBe(403);
    const badRole = await stack.http
      .post(`/api/v1/sites/${site.id}/users`)
      .set(siteAdmin)
      .send({ username: `${site.code}_x`, displayName: 'x', roles: ['god'] });
    expect(badRole.status).toBe(400);

    const editorAuth = await login(stack, `${site.code}_ed`, editor.body.initialPassword);
    const listed = await stack.http.get('/api/v1/sites').set(editorAuth);
    expect(listed.body).toEqual({ items: [expect.objectContaining({ id: site.id })], total: 1 });
    expect(
      (
        await stack.http
          .post(`/api/v1/sites/${site.id}/users`)
          .set(editorAuth)
          .send({ username: 'zz_x', displayName: 'x', roles: ['editor'] })
      ).status,
    ).toBe(403);
  });

  it('grants portal reviewers their reach on a site', async () => {
    const { site } = await provisionSite(stack, admin);
    const { site: other, siteAdmin: otherAdmin } = await provisionSite(stack, admin);
    const reviewer = await stack.http
      .post(`/api/v1/sites/${other.id}/users`)
      .set(otherAdmin)
      .send({ username: `rev_${site.code}`, displayName: '两办审核', roles: ['leader'] });
    const grantReviewer = () =>
      stack.http.post(`/api/v1/sites/${site.id}/grants`).set(admin).send({ userId: reviewer.body.id, role: 'portal_reviewer' });
    // A 两办 reviewer belongs to an office (党群 or 政府) first.
    const officeless = await grantReviewer();
    expect(officeless.status).toBe(422);
    expect(officeless.body.message).toMatch(/office/);
    await stack.http.patch(`/api/v1/platform/users/${reviewer.body.id}`).set(admin).send({ office: 'government' }).expect(200);
    const granted = await grantReviewer();
    expect(granted.status).toBe(201);
    expect((await stack.http.post(`/api/v1/sites/${site.id}/grants`).set(admin).send({ userId: 99999999, role: 'editor' })).status).toBe(
      404,
    );
    expect(
      (await stack.http.post(`/api/v1/sites/${site.id}/grants`).set(admin).send({ userId: reviewer.body.id, role: 'platform_admin' }))
        .status,
    ).toBe(400);
    expect((await stack.http.post(`/api/v1/sites/${site.id}/grants`).set(admin).send({ userId: 'x', role: 'editor' })).status).toBe(400);
    const auth = await login(stack, `rev_${site.code}`, reviewer.body.initialPassword);
    expect((await stack.http.get('/api/v1/sites').set(auth)).body.total).toBe(2);
  });
});
