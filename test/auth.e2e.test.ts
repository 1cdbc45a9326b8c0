import { JwtService } from '@nestjs/jwt';
import { adminLogin, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('auth (v1 API: auth)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack({ worker: false });
  });
  afterAll(() => stack.close());

  it('logs the first platform admin in and returns the user object', async () => {
    const response = await stack.http.post('/api/v1/auth/login').send({ username: 'admin', password: stack.config.adminPassword });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      user: {
        id: expect.any(Number),
        username: 'admin',
        displayName: '平台管理员',
        mustChangePassword: false,
        office: null,
        roles: [{ siteId: null, role: 'platform_admin' }],
      },
    });
    const me = await stack.http.get('/api/v1/me').set({ Authorization: `Bearer ${response.body.accessToken}` });
    expect(me.status).toBe(200);
    expect(me.body.username).toBe('admin');
  });

  it('refuses requests without a valid token with 401', async () => {
    expect((await stack.http.get('/api/v1/me')).status).toBe(401);
    expect((await stack.http.get('/api/v1/me').set({ Authorization: 'Bearer nonsense' })).status).toBe(401);
    const body = (await stack.http.get('/api/v1/sites')).body;
    expect(body).toEqual({ statusCode: 401, error: 'Unauthorized', message: expect.any(String) });
  });

  it('refuses a token signed with the platform key but without a numeric subject with 401', async () => {
    const jwt = stack.api.get(JwtService);
    for (const payload of [{}, { sub: 'admin' }, { sub: -1 }, { sub: 1.5 }]) {
      const token = await jwt.signAsync(payload);
      expect((await stack.http.get('/api/v1/me').set('Authorization', `Bearer ${token}`)).status).toBe(401);
    }
  });

  it('rejects bad login bodies with 400 and wrong passwords with 401', async () => {
    expect((await stack.http.post('/api/v1/auth/login').send({})).status).toBe(400);
    expect((await stack.http.post('/api/v1/auth/login').send({ username: 1, password: [] })).status).toBe(400);
    expect((await stack.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username":')).status).toBe(400);
    expect((await stack.http.post('/api/v1/auth/login').send({ username: 'nobody', password: 'x' })).status).toBe(401);
  });

  it('locks an account for 15 minutes after 5 failures (423), even for the right password', async () => {
    const admin = await adminLogin(stack);
    const { site } = await provisionSite(stack, admin);
    const username = site.admin.username;
    for (let i = 0; i < 4; i++) {
      expect((await stack.http.post('/api/v1/auth/login').send({ username, password: 'wrong-password1' })).status).toBe(401);
    }
    expect((await stack.http.post('/api/v1/auth/login').send({ username, password: 'wrong-password1' })).status).toBe(423);
    const locked = await stack.http.post('/api/v1/auth/login').send({ username, password: site.admin.initialPassword });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/锁定/);
  });

  it('counts parallel guesses one by one: ten at once get four 401s and six 423s', async () => {
    const admin = await adminLogin(stack);
    const { site } = await provisionSite(stack, admin);
    const username = site.admin.username;
    const guesses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => stack.http.post('/api/v1/auth/login').send({ username, password: `guess-${i}-password` })),
    );
    const statuses = guesses.map((response) => response.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423, 423, 423, 423, 423]);
    expect((await stack.http.post('/api/v1/auth/login').send({ username, password: site.admin.initialPassword })).status).toBe(423);
  });

  it('counts wrong old passwords on a password change towards the lock-out', async () => {
    const admin = await adminLogin(stack);
    const { site } = await provisionSite(stack, admin);
    const auth = await login(stack, site.admin.username, site.admin.initialPassword);
    for (let i = 0; i < 4; i++) {
      const wrong = await stack.http
        .post('/api/v1/auth/password')
        .set(auth)
        .send({ oldPassword: `wrong-${i}-pass`, newPassword: 'Zhanqun-New-2026' });
      expect(wrong.status).toBe(400);
    }
    const fifth = await stack.http
      .post('/api/v1/auth/password')
      .set(auth)
      .send({ oldPassword: 'wrong-5-pass', newPassword: 'Zhanqun-New-2026' });
    expect(fifth.status).toBe(423);
  });

  it('rotates refresh tokens and revokes the family when an old one is reused', async () => {
    const first = await stack.http.post('/api/v1/auth/login').send({ username: 'admin', password: stack.config.adminPassword });
    const second = await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.body.refreshToken);
    const third = await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);
    // Reusing the first (already rotated) token revokes the whole family, including the newest.
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken })).status).toBe(401);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: third.body.refreshToken })).status).toBe(401);
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: 'x'.repeat(43) })).status).toBe(401);
  });

  it('revokes the family when one refresh token is used twice at once, including the pair the winner got', async () => {
    const first = await stack.http.post('/api/v1/auth/login').send({ username: 'admin', password: stack.config.adminPassword });
    const both = await Promise.all(
      [0, 1].map(() => stack.http.post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken })),
    );
    expect(both.map((response) => response.status).sort()).toEqual([200, 401]);
    const winner = both.find((response) => response.status === 200)!;
    expect((await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: winner.body.refreshToken })).status).toBe(401);
  });

  it('forces and performs the initial password change', async () => {
    const admin = await adminLogin(stack);
    const { site } = await provisionSite(stack, admin);
    const first = await stack.http.post('/api/v1/auth/login').send({ username: site.admin.username, password: site.admin.initialPassword });
    expect(first.body.user.mustChangePassword).toBe(true);
    const auth = { Authorization: `Bearer ${first.body.accessToken}` };
    // A user who must change the password may still call the API.
    expect((await stack.http.get(`/api/v1/sites/${site.id}`).set(auth)).status).toBe(200);
    const weak = await stack.http
      .post('/api/v1/auth/password')
      .set(auth)
      .send({ oldPassword: site.admin.initialPassword, newPassword: 'short' });
    expect(weak.status).toBe(400);
    const wrongOld = await stack.http.post('/api/v1/auth/password').set(auth).send({ oldPassword: 'nope', newPassword: 'NewPass2026' });
    expect(wrongOld.status).toBe(400);
    const changed = await stack.http
      .post('/api/v1/auth/password')
      .set(auth)
      .send({ oldPassword: site.admin.initialPassword, newPassword: '新密码Pass2026🔒' });
    expect(changed.status).toBe(204);
    const again = await login(stack, site.admin.username, '新密码Pass2026🔒');
    const me = await stack.http.get('/api/v1/me').set(again);
    expect(me.body.mustChangePassword).toBe(false);
    expect(me.body.roles).toEqual([{ siteId: site.id, role: 'site_admin' }]);
  });
});
