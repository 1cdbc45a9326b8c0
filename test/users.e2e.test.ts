import { UserAdminService } from '@zhanqun/tenancy';
import { adminLogin, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

describe('user and grant administration (v1 API: users)', () => {
  let stack: TestStack;
  let admin: Auth;
  let adminId: number;
  let a: { id: number; adminAuth: Auth; adminId: number };
  let b: { id: number; adminAuth: Auth; adminId: number };
  /** Every one-time password the API handed out, to check none reached the audit log. */
  const handedOut: string[] = [];
  let counter = 0;

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    admin = await adminLogin(stack);
    adminId = (await stack.http.get('/api/v1/me').set(admin)).body.id;
    const siteA = await provisionSite(stack, admin);
    const siteB = await provisionSite(stack, admin);
    handedOut.push(siteA.site.admin.initialPassword, siteB.site.admin.initialPassword);
    const idOf = async (auth: Auth) => (await stack.http.get('/api/v1/me').set(auth)).body.id;
    a = { id: siteA.site.id, adminAuth: siteA.siteAdmin, adminId: await idOf(siteA.siteAdmin) };
    b = { id: siteB.site.id, adminAuth: siteB.siteAdmin, adminId: await idOf(siteB.siteAdmin) };
  });
  afterAll(() => stack.close());

  /** A new account on a site, created by `auth` (the site's admin unless given); returns its id, name and password. */
  async function siteUser(siteId: number, roles: string[], auth?: Auth, prefix = 'u') {
    counter++;
    const username = `${prefix}${counter}_${Math.random().toString(36).slice(2, 6)}`;
    const creator = auth ?? (siteId === a.id ? a.adminAuth : siteId === b.id ? b.adminAuth : admin);
    const response = await stack.http
      .post(`/api/v1/sites/${siteId}/users`)
      .set(creator)
      .send({ username, displayName: `用户${counter}`, roles });
    if (response.status !== 201) throw new Error(`create user: ${response.status} ${JSON.stringify(response.body)}`);
    handedOut.push(response.body.initialPassword);
    return { id: response.body.id as number, username, password: response.body.initialPassword as string };
  }

  async function platformUser(body: Record<string, unknown>) {
    const response = await stack.http.post('/api/v1/platform/users').set(admin).send(body);
    if (response.status === 201) handedOut.push(response.body.initialPassword);
    return response;
  }

  const loginRaw = (username: string, password: string) => stack.http.post('/api/v1/auth/login').send({ username, password });
  const grant = (siteId: number, userId: number, role: string) =>
    stack.http.post(`/api/v1/sites/${siteId}/grants`).set(admin).send({ userId, role });
  const siteUsers = (siteId: number, auth: Auth, query: Record<string, unknown> = {}) =>
    stack.http.get(`/api/v1/sites/${siteId}/users`).query(query).set(auth);
  const accountOf = async (userId: number) => (await stack.http.get(`/api/v1/platform/users/${userId}`).set(admin)).body;

  describe('listing', () => {
    it("lists a site's accounts with their roles on that site only", async () => {
      const editor = await siteUser(a.id, ['editor', 'leader']);
      const both = await siteUser(a.id, ['editor']);
      expect((await grant(b.id, both.id, 'letter_handler')).status).toBe(201);
      const onlyB = await siteUser(b.id, ['editor']);

      const listed = await siteUsers(a.id, a.adminAuth, { pageSize: 100 });
      expect(listed.status).toBe(200);
      expect(listed.body).toMatchObject({ total: listed.body.items.length, page: 1, pageSize: 100 });
      const byId = new Map(listed.body.items.map((item: { id: number }) => [item.id, item]));
      expect(byId.get(editor.id)).toEqual({
        id: editor.id,
        username: editor.username,
        displayName: expect.any(String),
        office: null,
        disabled: false,
        mustChangePassword: true,
        lockedUntil: null,
        roles: ['editor', 'leader'],
      });
      expect(byId.get(both.id)).toMatchObject({ roles: ['editor'] });
      expect(byId.get(a.adminId)).toMatchObject({ roles: ['site_admin'] });
      expect(byId.has(onlyB.id)).toBe(false);
      expect(byId.has(adminId)).toBe(false);

      const one = await stack.http.get(`/api/v1/sites/${a.id}/users/${both.id}`).set(a.adminAuth);
      expect(one.status).toBe(200);
      expect(one.body.roles).toEqual(['editor']);
    });

    it('filters by part of the username or display name, and pages', async () => {
      const first = await siteUser(a.id, ['editor'], undefined, 'findme');
      const second = await siteUser(a.id, ['editor'], undefined, 'findme');
      const found = await siteUsers(a.id, a.adminAuth, { q: 'FINDME' });
      expect(found.body.items.map((item: { id: number }) => item.id)).toEqual([first.id, second.id]);
      const page2 = await siteUsers(a.id, a.adminAuth, { q: 'findme', page: 2, pageSize: 1 });
      expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: second.id }] });
      // LIKE wildcards are matched literally.
      expect((await siteUsers(a.id, a.adminAuth, { q: '%' })).body.total).toBe(0);
      expect((await siteUsers(a.id, a.adminAuth, { q: '_' })).body.items.length).toBeGreaterThan(0);
      expect((await siteUsers(a.id, a.adminAuth, { q: '用户' })).body.total).toBeGreaterThan(0);
      expect((await siteUsers(a.id, a.adminAuth, { q: '😀' })).body).toMatchObject({ items: [], total: 0 });
    });

    it('lets only the site_admin of the site and platform admins list it', async () => {
      const editor = await siteUser(a.id, ['editor']);
      const editorAuth = await login(stack, editor.username, editor.password);
      expect((await siteUsers(a.id, editorAuth)).status).toBe(403);
      expect((await siteUsers(a.id, b.adminAuth)).status).toBe(403);
      expect((await stack.http.get(`/api/v1/sites/${a.id}/users/${editor.id}`).set(b.adminAuth)).status).toBe(403);
      expect((await siteUsers(a.id, admin)).status).toBe(200);
      expect((await siteUsers(999999, admin)).status).toBe(404);
      // Another site's user through one's own site id: not found.
      const onlyB = await siteUser(b.id, ['editor']);
      expect((await stack.http.get(`/api/v1/sites/${a.id}/users/${onlyB.id}`).set(a.adminAuth)).status).toBe(404);
      expect((await stack.http.get(`/api/v1/sites/${a.id}/users/${adminId}`).set(a.adminAuth)).status).toBe(404);
    });

    it('lists every account with all its grants for the portal center, filtered by q, role and site', async () => {
      const both = await siteUser(a.id, ['editor']);
      expect((await grant(b.id, both.id, 'leader')).status).toBe(201);
      const all = await stack.http.get('/api/v1/platform/users').query({ q: both.username }).set(admin);
      expect(all.status).toBe(200);
      expect(all.body).toMatchObject({ total: 1, page: 1, pageSize: 20 });
      expect(all.body.items[0]).toMatchObject({
        id: both.id,
        disabled: false,
        createdAt: expect.any(String),
        grants: [
          { siteId: a.id, siteName: expect.stringMatching(/^测试局/), role: 'editor' },
          { siteId: b.id, siteName: expect.stringMatching(/^测试局/), role: 'leader' },
        ],
      });
      const admins = await stack.http.get('/api/v1/platform/users').query({ role: 'platform_admin', pageSize: 100 }).set(admin);
      expect(admins.body.items.find((item: { id: number }) => item.id === adminId).grants).toEqual([
        { siteId: null, siteName: null, role: 'platform_admin' },
      ]);
      const leadersOfB = await stack.http.get('/api/v1/platform/users').query({ role: 'leader', siteId: b.id, pageSize: 100 }).set(admin);
      expect(leadersOfB.body.items.map((item: { id: number }) => item.id)).toContain(both.id);
      const leadersOfA = await stack.http.get('/api/v1/platform/users').query({ role: 'leader', siteId: a.id, pageSize: 100 }).set(admin);
      expect(leadersOfA.body.items.map((item: { id: number }) => item.id)).not.toContain(both.id);
      const ofB = await stack.http.get('/api/v1/platform/users').query({ siteId: b.id, pageSize: 100 }).set(admin);
      expect(ofB.body.items.map((item: { id: number }) => item.id)).toEqual(expect.arrayContaining([both.id, b.adminId]));
      expect(ofB.body.items.map((item: { id: number }) => item.id)).not.toContain(a.adminId);

      expect((await stack.http.get('/api/v1/platform/users').set(a.adminAuth)).status).toBe(403);
      expect((await stack.http.get(`/api/v1/platform/users/${both.id}`).set(a.adminAuth)).status).toBe(403);
      expect((await stack.http.get('/api/v1/platform/users/99999999').set(admin)).status).toBe(404);
    });
  });

  describe('portal-center accounts', () => {
    it('creates one with an initial password that must be changed, and its roles', async () => {
      const created = await platformUser({
        username: 'lb_reviewer1',
        displayName: '两办审核员',
        office: 'party',
        roles: [
          { role: 'portal_reviewer', siteId: a.id },
          { role: 'portal_reviewer', siteId: a.id },
          { role: 'security_reviewer', siteId: b.id },
        ],
      });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(Number),
        username: 'lb_reviewer1',
        initialPassword: expect.stringMatching(/^.{12,}$/),
      });
      const session = await loginRaw('lb_reviewer1', created.body.initialPassword);
      expect(session.status).toBe(200);
      expect(session.body.user).toMatchObject({
        mustChangePassword: true,
        office: 'party',
        roles: [
          { siteId: a.id, role: 'portal_reviewer' },
          { siteId: b.id, role: 'security_reviewer' },
        ],
      });

      const platformAdmin = await platformUser({
        username: 'pc_admin1',
        displayName: '门户中心管理员',
        roles: [{ role: 'platform_admin' }],
      });
      expect(platformAdmin.status).toBe(201);
      const auth = await login(stack, 'pc_admin1', platformAdmin.body.initialPassword);
      expect((await stack.http.get('/api/v1/platform/users').set(auth)).status).toBe(200);

      const bare = await platformUser({ username: 'pc_plain1', displayName: '无角色' });
      expect(bare.status).toBe(201);
      expect((await accountOf(bare.body.id)).grants).toEqual([]);
    });

    it('refuses bad roles, unknown sites, taken names and non-admins', async () => {
      const base = { username: 'pc_bad1', displayName: 'x' };
      expect((await platformUser({ ...base, roles: [{ role: 'platform_admin', siteId: a.id }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: [{ role: 'portal_reviewer' }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: [{ role: 'editor', siteId: 99999999 }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: [{ role: 'emperor', siteId: a.id }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: [{ role: 'editor', siteId: 'x' }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: [{ role: 'editor', siteId: a.id, extra: 1 }] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: ['editor'] })).status).toBe(400);
      expect((await platformUser({ ...base, roles: 'editor' })).status).toBe(400);
      expect((await platformUser({ ...base, office: 'army' })).status).toBe(400);
      expect((await platformUser({ username: 'admin', displayName: 'x' })).status).toBe(409);
      expect((await stack.http.post('/api/v1/platform/users').set(a.adminAuth).send(base)).status).toBe(403);
      // Nothing of the refused attempts was stored.
      expect((await stack.http.get('/api/v1/platform/users').query({ q: 'pc_bad1' }).set(admin)).body.total).toBe(0);
    });

    it('changes the display name and office (null clears it)', async () => {
      const created = await platformUser({ username: 'pc_patch1', displayName: '旧名' });
      const path = `/api/v1/platform/users/${created.body.id}`;
      const patched = await stack.http.patch(path).set(admin).send({ displayName: '新名', office: 'government' });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ displayName: '新名', office: 'government' });
      expect((await stack.http.patch(path).set(admin).send({ office: null })).body).toMatchObject({ displayName: '新名', office: null });
      expect((await stack.http.patch(path).set(admin).send({})).body.displayName).toBe('新名');
      expect((await stack.http.patch(path).set(admin).send({ office: 'army' })).status).toBe(400);
      expect((await stack.http.patch(path).set(admin).send({ displayName: '' })).status).toBe(400);
      expect((await stack.http.patch(path).set(admin).send({ displayName: 42 })).status).toBe(400);
      expect((await stack.http.patch(path).set(admin).send({ displayName: '<b>x</b>' })).status).toBe(400);
      expect((await stack.http.patch(path).set(admin).send({ nickname: 'x' })).status).toBe(400);
      // A read-only field of the account as GET shows it is ignored, not refused.
      expect((await stack.http.patch(path).set(admin).send({ username: 'renamed' })).body.username).not.toBe('renamed');
      expect((await stack.http.patch(path).set(a.adminAuth).send({ displayName: 'x' })).status).toBe(403);
      expect((await stack.http.patch('/api/v1/platform/users/99999999').set(admin).send({ displayName: 'x' })).status).toBe(404);
      expect((await accountOf(created.body.id)).displayName).toBe('新名');
    });

    it('grants and revokes the platform admin role', async () => {
      const created = await platformUser({ username: 'pc_promote1', displayName: '待提升' });
      const path = `/api/v1/platform/users/${created.body.id}/platform-admin`;
      const promoted = await stack.http.post(path).set(admin);
      expect(promoted.status).toBe(200);
      expect(promoted.body.grants).toEqual([{ siteId: null, siteName: null, role: 'platform_admin' }]);
      expect((await stack.http.post(path).set(admin)).status).toBe(200);
      expect((await stack.http.post(path).set(a.adminAuth)).status).toBe(403);
      expect((await stack.http.delete(path).set(admin)).status).toBe(204);
      expect((await stack.http.delete(path).set(admin)).status).toBe(404);
      expect((await stack.http.delete(`/api/v1/platform/users/${adminId}/platform-admin`).set(admin)).status).toBe(400);
      expect((await accountOf(created.body.id)).grants).toEqual([]);
    });
  });

  describe('disabling', () => {
    it('refuses the login, the refresh and the access tokens of a disabled account, and enables it again', async () => {
      const editor = await siteUser(a.id, ['editor']);
      const session = await loginRaw(editor.username, editor.password);
      const auth = { Authorization: `Bearer ${session.body.accessToken}` };
      expect((await stack.http.get('/api/v1/me').set(auth)).status).toBe(200);

      const disabled = await stack.http.post(`/api/v1/sites/${a.id}/users/${editor.id}/disable`).set(a.adminAuth);
      expect(disabled.status).toBe(200);
      expect(disabled.body).toMatchObject({ id: editor.id, disabled: true, roles: ['editor'] });

      const refused = await stack.http.get('/api/v1/me').set(auth);
      expect(refused.status).toBe(401);
      expect(refused.body).toEqual({ statusCode: 401, error: 'Unauthorized', message: '账号已停用,请联系本站管理员或门户中心' });
      const refresh = await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken });
      expect(refresh.status).toBe(401);
      expect(refresh.body.message).toMatch(/停用/);
      const again = await loginRaw(editor.username, editor.password);
      expect(again.status).toBe(401);
      expect(again.body.message).toMatch(/停用/);
      // A wrong password says nothing about the account's state.
      expect((await loginRaw(editor.username, 'wrong-password1')).body.message).toBe('用户名或密码错误');

      const enabled = await stack.http.post(`/api/v1/sites/${a.id}/users/${editor.id}/enable`).set(a.adminAuth);
      expect(enabled.status).toBe(200);
      expect(enabled.body.disabled).toBe(false);
      expect((await loginRaw(editor.username, editor.password)).status).toBe(200);
      // The refresh token revoked at disabling stays revoked.
      expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken })).status).toBe(401);
    });

    it('lets a site_admin act only on accounts whose every role is a site role on their site', async () => {
      const both = await siteUser(a.id, ['editor']);
      expect((await grant(b.id, both.id, 'editor')).status).toBe(201);
      const reviewer = await platformUser({
        username: `pc_rev${Date.now()}`,
        displayName: '审核员',
        office: 'government',
        roles: [{ role: 'portal_reviewer', siteId: a.id }],
      });
      const onlyB = await siteUser(b.id, ['editor']);
      const disable = (siteId: number, userId: number, auth: Auth) =>
        stack.http.post(`/api/v1/sites/${siteId}/users/${userId}/disable`).set(auth);

      const multi = await disable(a.id, both.id, a.adminAuth);
      expect(multi.status).toBe(403);
      expect(multi.body.message).toMatch(/门户中心/);
      expect((await disable(a.id, reviewer.body.id, a.adminAuth)).status).toBe(403);
      expect((await disable(a.id, adminId, a.adminAuth)).status).toBe(404);
      expect((await disable(a.id, onlyB.id, a.adminAuth)).status).toBe(404);
      expect((await disable(b.id, onlyB.id, a.adminAuth)).status).toBe(403);
      expect((await disable(a.id, a.adminId, a.adminAuth)).status).toBe(400);
      expect((await disable(a.id, 99999999, a.adminAuth)).status).toBe(404);
      for (const id of [both.id, reviewer.body.id, adminId, onlyB.id, a.adminId]) expect((await accountOf(id)).disabled).toBe(false);

      // The portal center may, through the site or its own routes.
      expect((await disable(a.id, both.id, admin)).status).toBe(200);
      expect((await accountOf(both.id)).disabled).toBe(true);
      const viaPlatform = await stack.http.post(`/api/v1/platform/users/${reviewer.body.id}/disable`).set(admin);
      expect(viaPlatform.status).toBe(200);
      expect(viaPlatform.body).toMatchObject({ disabled: true, grants: [{ siteId: a.id, role: 'portal_reviewer' }] });
      expect((await stack.http.post(`/api/v1/platform/users/${reviewer.body.id}/enable`).set(admin)).body.disabled).toBe(false);
      expect((await stack.http.post(`/api/v1/platform/users/${reviewer.body.id}/disable`).set(a.adminAuth)).status).toBe(403);
      expect((await stack.http.post(`/api/v1/platform/users/${adminId}/disable`).set(admin)).status).toBe(400);

      // Another site_admin of the same site may be disabled by a site_admin.
      const coAdmin = await siteUser(a.id, ['site_admin']);
      expect((await disable(a.id, coAdmin.id, a.adminAuth)).status).toBe(200);
      expect((await stack.http.post(`/api/v1/sites/${a.id}/users/${coAdmin.id}/enable`).set(b.adminAuth)).status).toBe(403);
      expect((await stack.http.post(`/api/v1/sites/${a.id}/users/${coAdmin.id}/enable`).set(a.adminAuth)).status).toBe(200);
    });

    it('keeps at least one active platform admin, even when two disable each other at once', async () => {
      const other = await platformUser({ username: 'pc_race1', displayName: '另一位管理员', roles: [{ role: 'platform_admin' }] });
      // Every other platform admin is disabled, so admin and pc_race1 are the only active ones.
      const admins = await stack.http.get('/api/v1/platform/users').query({ role: 'platform_admin', pageSize: 100 }).set(admin);
      const others = admins.body.items.filter((item: { id: number }) => item.id !== adminId && item.id !== other.body.id);
      for (const item of others) await stack.http.post(`/api/v1/platform/users/${item.id}/disable`).set(admin).expect(200);
      const otherAuth = await login(stack, 'pc_race1', other.body.initialPassword);

      const [first, second] = await Promise.all([
        stack.http.post(`/api/v1/platform/users/${other.body.id}/disable`).set(admin),
        stack.http.post(`/api/v1/platform/users/${adminId}/disable`).set(otherAuth),
      ]);
      const statuses = [first.status, second.status];
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      const refused = statuses.filter((status) => status !== 200);
      expect(refused).toHaveLength(1);
      // 409, or 401 when the loser's request arrived after it was already disabled.
      expect([409, 401]).toContain(refused[0]);
      const remaining = (
        await stack.http
          .get('/api/v1/platform/users')
          .query({ role: 'platform_admin', pageSize: 100 })
          .set(first.status === 200 ? admin : otherAuth)
      ).body.items.filter((item: { disabled: boolean }) => !item.disabled);
      expect(remaining).toHaveLength(1);
      const survivor = remaining[0].id as number;
      const survivorAuth = survivor === adminId ? admin : otherAuth;

      // Whoever is left cannot be disabled or demoted by anyone still able to ask (here: an admin acting just before being disabled).
      const service = stack.api.get(UserAdminService);
      const ghost = { id: -1, username: 'ghost', office: null, grants: [{ siteId: null, role: 'platform_admin' as const }] };
      await expect(service.setDisabled(ghost, survivor, true)).rejects.toMatchObject({ status: 409 });
      await expect(service.revokePlatformAdmin(ghost, survivor)).rejects.toMatchObject({ status: 409 });
      expect((await accountOf(survivor)).disabled).toBe(false);

      // Restore: the survivor enables the rest.
      const loser = survivor === adminId ? other.body.id : adminId;
      for (const id of [loser, ...others.map((item: { id: number }) => item.id)]) {
        await stack.http.post(`/api/v1/platform/users/${id}/enable`).set(survivorAuth).expect(200);
      }
      if (survivor !== adminId) admin = await adminLogin(stack);
    });
  });

  describe('password resets', () => {
    it('gives a working one-time password, forces its change, clears the lock-out and ends sessions', async () => {
      const editor = await siteUser(a.id, ['editor']);
      const session = await loginRaw(editor.username, editor.password);
      for (let i = 0; i < 5; i++) await loginRaw(editor.username, 'wrong-password1');
      expect((await loginRaw(editor.username, editor.password)).status).toBe(423);

      const reset = await stack.http.post(`/api/v1/sites/${a.id}/users/${editor.id}/reset-password`).set(a.adminAuth);
      expect(reset.status).toBe(200);
      expect(reset.body).toEqual({ initialPassword: expect.stringMatching(/^[A-Za-z0-9]{12,}$/) });
      handedOut.push(reset.body.initialPassword);

      expect((await loginRaw(editor.username, editor.password)).status).toBe(401);
      expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: session.body.refreshToken })).status).toBe(401);
      const fresh = await loginRaw(editor.username, reset.body.initialPassword);
      expect(fresh.status).toBe(200);
      expect(fresh.body.user.mustChangePassword).toBe(true);
      const auth = { Authorization: `Bearer ${fresh.body.accessToken}` };
      expect(
        (
          await stack.http
            .post('/api/v1/auth/password')
            .set(auth)
            .send({ oldPassword: reset.body.initialPassword, newPassword: 'NewPassw0rd' })
        ).status,
      ).toBe(204);
      const changed = await loginRaw(editor.username, 'NewPassw0rd');
      expect(changed.body.user.mustChangePassword).toBe(false);
      const listed = (await siteUsers(a.id, a.adminAuth, { q: editor.username })).body.items[0];
      expect(listed).toMatchObject({ mustChangePassword: false, lockedUntil: null });
    });

    it('follows the disabling rules: own site only, not oneself', async () => {
      const both = await siteUser(a.id, ['editor']);
      expect((await grant(b.id, both.id, 'editor')).status).toBe(201);
      const onlyB = await siteUser(b.id, ['editor']);
      const reset = (siteId: number, userId: number, auth: Auth) =>
        stack.http.post(`/api/v1/sites/${siteId}/users/${userId}/reset-password`).set(auth);
      expect((await reset(a.id, both.id, a.adminAuth)).status).toBe(403);
      expect((await reset(a.id, onlyB.id, a.adminAuth)).status).toBe(404);
      expect((await reset(b.id, onlyB.id, a.adminAuth)).status).toBe(403);
      expect((await reset(a.id, a.adminId, a.adminAuth)).status).toBe(400);
      expect((await stack.http.post(`/api/v1/platform/users/${adminId}/reset-password`).set(admin)).status).toBe(400);
      expect((await stack.http.post(`/api/v1/platform/users/${onlyB.id}/reset-password`).set(a.adminAuth)).status).toBe(403);
      // The untouched accounts still sign in with their passwords.
      expect((await loginRaw(both.username, both.password)).status).toBe(200);
      expect((await loginRaw(onlyB.username, onlyB.password)).status).toBe(200);

      const byPortal = await reset(a.id, both.id, admin);
      expect(byPortal.status).toBe(200);
      handedOut.push(byPortal.body.initialPassword);
      const viaPlatform = await stack.http.post(`/api/v1/platform/users/${onlyB.id}/reset-password`).set(admin);
      expect(viaPlatform.status).toBe(200);
      handedOut.push(viaPlatform.body.initialPassword);
      expect((await loginRaw(onlyB.username, viaPlatform.body.initialPassword)).status).toBe(200);
    });
  });

  describe('revoking grants', () => {
    const revoke = (siteId: number, userId: number | string, role: string, auth: Auth) =>
      stack.http.delete(`/api/v1/sites/${siteId}/grants/${userId}/${role}`).set(auth);

    it("revokes a site role; 404 for a role the user does not hold there; the site's roles only", async () => {
      const editor = await siteUser(a.id, ['editor', 'leader']);
      expect((await revoke(a.id, editor.id, 'editor', a.adminAuth)).status).toBe(204);
      expect((await revoke(a.id, editor.id, 'editor', a.adminAuth)).status).toBe(404);
      expect((await stack.http.get(`/api/v1/sites/${a.id}/users/${editor.id}`).set(a.adminAuth)).body.roles).toEqual(['leader']);
      // Takes effect on the user's next request.
      const auth = await login(stack, editor.username, editor.password);
      expect((await revoke(a.id, editor.id, 'leader', a.adminAuth)).status).toBe(204);
      expect((await stack.http.get(`/api/v1/sites/${a.id}/columns`).set(auth)).status).toBe(403);

      const both = await siteUser(a.id, ['editor']);
      expect((await grant(b.id, both.id, 'editor')).status).toBe(201);
      expect((await revoke(b.id, both.id, 'editor', a.adminAuth)).status).toBe(403);
      const onlyB = await siteUser(b.id, ['editor']);
      expect((await revoke(a.id, onlyB.id, 'editor', a.adminAuth)).status).toBe(404);
      expect((await revoke(a.id, adminId, 'editor', a.adminAuth)).status).toBe(404);
      // A site role of a user who also works elsewhere is the site's to revoke.
      expect((await revoke(a.id, both.id, 'editor', a.adminAuth)).status).toBe(204);
      expect((await accountOf(both.id)).grants).toEqual([{ siteId: b.id, siteName: expect.any(String), role: 'editor' }]);
      expect((await accountOf(onlyB.id)).grants).toEqual([{ siteId: b.id, siteName: expect.any(String), role: 'editor' }]);
    });

    it("leaves the portal center's roles to the portal center", async () => {
      const reviewer = await platformUser({
        username: `pc_rv${Date.now()}`,
        displayName: '保密审查员',
        roles: [{ role: 'security_reviewer', siteId: a.id }],
      });
      expect((await revoke(a.id, reviewer.body.id, 'security_reviewer', a.adminAuth)).status).toBe(403);
      expect((await revoke(a.id, reviewer.body.id, 'platform_admin', admin)).status).toBe(400);
      expect((await revoke(a.id, reviewer.body.id, 'emperor', admin)).status).toBe(400);
      expect((await revoke(a.id, reviewer.body.id, 'security_reviewer', admin)).status).toBe(204);
    });

    it('keeps the last site_admin of a site (409)', async () => {
      const only = await stack.http.delete(`/api/v1/sites/${b.id}/grants/${b.adminId}/site_admin`).set(admin);
      expect(only.status).toBe(409);
      expect(only.body.message).toMatch(/最后一个站点管理员/);
      expect((await revoke(b.id, b.adminId, 'site_admin', b.adminAuth)).status).toBe(409);
      const second = await siteUser(b.id, ['site_admin']);
      // Two revocations at once: one wins, the other finds the last one.
      const [x, y] = await Promise.all([revoke(b.id, b.adminId, 'site_admin', admin), revoke(b.id, second.id, 'site_admin', admin)]);
      expect([x.status, y.status].sort()).toEqual([204, 409]);
      const left = (await siteUsers(b.id, admin, { pageSize: 100 })).body.items.filter((item: { roles: string[] }) =>
        item.roles.includes('site_admin'),
      );
      expect(left).toHaveLength(1);
      // Restore B's admin for the other tests.
      if (left[0].id !== b.adminId) {
        await stack.http.post(`/api/v1/sites/${b.id}/grants`).set(admin).send({ userId: b.adminId, role: 'site_admin' }).expect(201);
      }
    });
  });

  describe('bad input', () => {
    it.each(['abc', '0', '-1', '1.5', '99999999999', '😀', '%00', '1e3'])('answers 404 for the user id %s', async (id) => {
      const site = `/api/v1/sites/${a.id}`;
      const responses = await Promise.all([
        stack.http.get(`${site}/users/${encodeURIComponent(id)}`).set(a.adminAuth),
        stack.http.post(`${site}/users/${encodeURIComponent(id)}/disable`).set(a.adminAuth),
        stack.http.post(`${site}/users/${encodeURIComponent(id)}/reset-password`).set(a.adminAuth),
        stack.http.delete(`${site}/grants/${encodeURIComponent(id)}/editor`).set(a.adminAuth),
        stack.http.get(`/api/v1/platform/users/${encodeURIComponent(id)}`).set(admin),
        stack.http
          .patch(`/api/v1/platform/users/${encodeURIComponent(id)}`)
          .set(admin)
          .send({ displayName: 'x' }),
        stack.http.post(`/api/v1/platform/users/${encodeURIComponent(id)}/enable`).set(admin),
      ]);
      for (const response of responses) {
        expect(response.status).toBe(404);
        expect(response.body).toEqual({ statusCode: 404, error: 'Not Found', message: expect.any(String) });
      }
    });

    it.each([
      ['q too long', { q: 'x'.repeat(65) }],
      ['q twice', { q: ['a', 'b'] }],
      ['page 0', { page: 0 }],
      ['page text', { page: 'x' }],
      ['pageSize 101', { pageSize: 101 }],
      ['unknown field', { sort: 'id' }],
    ])('answers 400 for a site list query with %s', async (_, query) => {
      const response = await siteUsers(a.id, a.adminAuth, query);
      expect(response.status).toBe(400);
      expect(response.body.message).toEqual(expect.any(String));
    });

    it.each([
      ['an unknown role', { role: 'emperor' }],
      ['a text siteId', { siteId: 'x' }],
      ['a negative siteId', { siteId: -1 }],
      ['a huge siteId', { siteId: '99999999999' }],
    ])('answers 400 for a platform list query with %s', async (_, query) => {
      expect((await stack.http.get('/api/v1/platform/users').query(query).set(admin)).status).toBe(400);
    });

    it('answers 4xx, never 5xx, for bad account bodies', async () => {
      const bodies: unknown[] = [
        {},
        { username: '', displayName: 'x' },
        { username: 'ok_name', displayName: '' },
        { username: 'ok_name', displayName: 'x'.repeat(101) },
        { username: 'x'.repeat(65), displayName: 'x' },
        { username: '用户名', displayName: 'x' },
        { username: '😀😀', displayName: 'x' },
        { username: 42, displayName: 'x' },
        { username: 'ok_name', displayName: ['x'] },
        { username: 'ok_name', displayName: 'x', roles: [null] },
        { username: 'ok_name', displayName: 'x', roles: [{ role: 'editor', siteId: 1.5 }] },
        { username: 'ok_name', displayName: 'x', roles: Array.from({ length: 51 }, () => ({ role: 'editor', siteId: a.id })) },
        [],
        'text',
      ];
      for (const body of bodies) {
        const response = await stack.http
          .post('/api/v1/platform/users')
          .set(admin)
          .send(body as object);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
      }
      const huge = await stack.http
        .post('/api/v1/platform/users')
        .set(admin)
        .send({ username: 'ok_name', displayName: 'x'.repeat(5 * 1024 * 1024) });
      expect(huge.status).toBe(413);
      const emoji = await platformUser({ username: 'emoji_name', displayName: '表情😀用户' });
      expect(emoji.status).toBe(201);
      expect((await accountOf(emoji.body.id)).displayName).toBe('表情😀用户');
    });
  });

  it('keeps the handed-out passwords out of the audit log, which records the actions', async () => {
    const entries: { action: string; summary: string }[] = [];
    for (let page = 1; ; page++) {
      const response = await stack.http.get('/api/v1/platform/audit-log').query({ page, pageSize: 200 }).set(admin);
      entries.push(...response.body.items);
      if (response.body.items.length < 200) break;
    }
    const actions = new Set(entries.map((entry) => entry.action));
    for (const action of [
      'siteUsers.disable',
      'siteUsers.resetPassword',
      'siteUsers.revokeGrant',
      'platformUsers.create',
      'platformUsers.update',
    ]) {
      expect(actions).toContain(action);
    }
    const text = JSON.stringify(entries);
    expect(handedOut.length).toBeGreaterThan(10);
    for (const password of handedOut) expect(text).not.toContain(password);
  });
});
