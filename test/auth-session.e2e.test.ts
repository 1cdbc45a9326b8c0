import { adminLogin, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

/** The console's browser session: refresh token in an httpOnly cookie, CSRF header bound to it. */
describe('auth: the console session (cookies + CSRF)', () => {
  let stack: TestStack;
  let user: { username: string; password: string };

  beforeAll(async () => {
    stack = await startStack({ worker: false });
    const { site } = await provisionSite(stack, await adminLogin(stack));
    user = { username: site.admin.username, password: site.admin.initialPassword };
  });
  afterAll(() => stack.close());

  function cookiesOf(response: { headers: Record<string, unknown> }): Record<string, string> {
    const raw = (response.headers['set-cookie'] as string[] | undefined) ?? [];
    return Object.fromEntries(raw.map((cookie) => [cookie.split('=')[0], cookie]));
  }

  function valueOf(cookie: string): string {
    return cookie.split(';')[0].split('=').slice(1).join('=');
  }

  async function signIn() {
    const response = await stack.http.post('/api/v1/auth/session').send(user).expect(200);
    const cookies = cookiesOf(response);
    return { body: response.body, refresh: valueOf(cookies.zq_refresh), csrf: valueOf(cookies.zq_csrf), cookies };
  }

  const refresh = (refreshToken: string, csrf?: string) => {
    const request = stack.http.post('/api/v1/auth/session/refresh').set('Cookie', `zq_refresh=${refreshToken}`);
    return csrf === undefined ? request : request.set('X-CSRF-Token', csrf);
  };

  it('signs in with an access token in the body and the refresh token only in an httpOnly cookie', async () => {
    const { body, cookies, csrf } = await signIn();
    expect(body).toEqual({ accessToken: expect.any(String), user: expect.objectContaining({ username: user.username }), csrfToken: csrf });
    expect(body.refreshToken).toBeUndefined();
    expect(cookies.zq_refresh).toMatch(/HttpOnly/);
    expect(cookies.zq_refresh).toMatch(/SameSite=Strict/);
    expect(cookies.zq_refresh).toMatch(/Path=\/api\/v1\/auth\/session/);
    expect(cookies.zq_csrf).not.toMatch(/HttpOnly/);
    await stack.http.get('/api/v1/me').set('Authorization', `Bearer ${body.accessToken}`).expect(200);
  });

  it('answers wrong credentials like the token API (401, Chinese message), setting no cookie', async () => {
    const response = await stack.http
      .post('/api/v1/auth/session')
      .send({ ...user, password: 'wrong-pass-1' })
      .expect(401);
    expect(response.body.message).toBe('用户名或密码错误');
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('refreshes only with the CSRF token bound to the cookie, and rotates both', async () => {
    const session = await signIn();
    expect((await refresh(session.refresh)).status).toBe(403);
    expect((await refresh(session.refresh, 'forged')).status).toBe(403);
    const other = await signIn();
    expect((await refresh(session.refresh, other.csrf)).status).toBe(403);
    const response = await refresh(session.refresh, session.csrf).expect(200);
    const next = cookiesOf(response);
    expect(valueOf(next.zq_refresh)).not.toBe(session.refresh);
    expect(response.body.csrfToken).toBe(valueOf(next.zq_csrf));
    expect(response.body.user.username).toBe(user.username);
    // Using the old cookie again means it leaked: the whole family ends and the cookies are cleared.
    const reuse = await refresh(session.refresh, session.csrf).expect(401);
    expect(cookiesOf(reuse).zq_refresh).toMatch(/Expires=Thu, 01 Jan 1970/);
    await refresh(valueOf(next.zq_refresh), response.body.csrfToken).expect(401);
  });

  it('answers 401 without a cookie and 400 for a bad everywhere flag', async () => {
    expect((await stack.http.post('/api/v1/auth/session/refresh').set('X-CSRF-Token', 'x')).status).toBe(401);
    const session = await signIn();
    await stack.http
      .delete('/api/v1/auth/session?everywhere=maybe')
      .set('Cookie', `zq_refresh=${session.refresh}`)
      .set('X-CSRF-Token', session.csrf)
      .expect(400);
  });

  it('logs out this browser, or every session of the account', async () => {
    const first = await signIn();
    const second = await signIn();
    await stack.http.delete('/api/v1/auth/session').set('Cookie', `zq_refresh=${first.refresh}`).expect(403);
    await stack.http
      .delete('/api/v1/auth/session')
      .set('Cookie', `zq_refresh=${first.refresh}`)
      .set('X-CSRF-Token', first.csrf)
      .expect(204);
    await refresh(first.refresh, first.csrf).expect(401);
    await refresh(second.refresh, second.csrf)
      .expect(200)
      .then(async (response) => {
        const rotated = valueOf(cookiesOf(response).zq_refresh);
        const tokens = await stack.http.post('/api/v1/auth/login').send(user).expect(200);
        await stack.http
          .delete('/api/v1/auth/session?everywhere=true')
          .set('Cookie', `zq_refresh=${rotated}`)
          .set('X-CSRF-Token', response.body.csrfToken)
          .expect(204);
        // Every session ended, the JSON token API's too.
        await stack.http.post('/api/v1/auth/refresh').send({ refreshToken: tokens.body.refreshToken }).expect(401);
      });
  });
});
