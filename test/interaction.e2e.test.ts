import type { AddressInfo } from 'node:net';
import { HtmlValidate } from 'html-validate';
import request from 'supertest';
import { LazyBackend } from '../apps/site/src/dynamic/backend';
import { createDynamicRoutes, type DynamicRoutes } from '../apps/site/src/dynamic/dynamic-routes';
import { createSiteServer, type SiteServer } from '../apps/site/src/server';
import { adminLogin, eventually, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'long-title': 'off' },
});

type Auth = { Authorization: string };

const LETTER = {
  name: '李明',
  phone: '0371-12345678',
  email: 'liming@example.com',
  subject: '关于校车线路的建议 🚌',
  body: '希望增加东关村方向的校车站点。\n<script>alert(1)</script>',
  publicConsent: 'on',
};

describe('互动交流: citizens write to a site, handlers reply, citizens read the reply', () => {
  let stack: TestStack;
  let server: SiteServer;
  let dynamic: DynamicRoutes;
  let http: ReturnType<typeof request>;
  let admin: Auth;
  let a: { site: any; siteAdmin: Auth; handler: Auth; editor: Auth };
  let b: { site: any; siteAdmin: Auth; handler: Auth; editor: Auth };
  let ipCounter = 0;

  /** Each test writes from its own address, so the hourly limit is tested on purpose only. */
  const newIp = () => `198.51.100.${++ipCounter}`;
  const get = (path: string, host = a.site.primaryDomain) => http.get(path).set('Host', host);
  const post = (path: string, fields: Record<string, string>, host = a.site.primaryDomain, ip = newIp()) =>
    http.post(path).set('Host', host).set('X-Forwarded-For', ip).type('form').send(fields);
  const letterCount = async () => Number((await stack.infrastructure.dataSource.query('SELECT COUNT(*) AS n FROM letters'))[0].n);

  /** Writes a letter and returns its query code from the 303 to the query page. */
  async function write(fields: Record<string, string> = LETTER, host = a.site.primaryDomain): Promise<string> {
    const response = await post('/interaction/mailbox', fields, host).expect(303);
    const match = /^\/interaction\/query\?code=([2-9A-Z]{12})&new=1$/.exec(response.headers.location);
    expect(match).not.toBeNull();
    return match![1];
  }

  async function staff(site: any, siteAdmin: Auth, role: string): Promise<Auth> {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/users`)
      .set(siteAdmin)
      .send({ username: `${site.code}_${role}`.slice(0, 40), displayName: role, roles: [role] })
      .expect(201);
    return login(stack, created.body.username, created.body.initialPassword);
  }

  async function letterIdOf(site: any, code: string): Promise<number> {
    const rows = await stack.infrastructure.dataSource.query('SELECT id FROM letters WHERE site_id = ? AND query_code = ?', [
      site.id,
      code,
    ]);
    expect(rows).toHaveLength(1);
    return rows[0].id;
  }

  beforeAll(async () => {
    stack = await startStack({ env: { LETTERS_PER_HOUR: '3' } });
    admin = await adminLogin(stack);
    const siteA = await provisionSite(stack, admin, { name: '示范县教育局' });
    const siteB = await provisionSite(stack, admin, { name: '城关镇人民政府', kind: 'township' });
    a = {
      ...siteA,
      handler: await staff(siteA.site, siteA.siteAdmin, 'letter_handler'),
      editor: await staff(siteA.site, siteA.siteAdmin, 'editor'),
    };
    b = {
      ...siteB,
      handler: await staff(siteB.site, siteB.siteAdmin, 'letter_handler'),
      editor: await staff(siteB.site, siteB.siteAdmin, 'editor'),
    };
    dynamic = createDynamicRoutes(stack.config);
    server = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: dynamic.routes, hostsPollMs: 200 });
    await new Promise<void>((resolve) => server.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    await eventually(async () => (await get('/interaction/mailbox', b.site.primaryDomain)).status === 200);
  });
  afterAll(async () => {
    await server.close();
    await dynamic.close();
    await stack.close();
  });

  it('renders the 领导信箱 and 找错 forms in the site layout as valid HTML5', async () => {
    for (const path of ['/interaction/mailbox', '/interaction/error-report', '/interaction/query', '/interaction/letters']) {
      const response = await get(path).expect(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.text).toContain('示范县教育局');
      expect(response.text).toContain('网站标识码');
      expect(response.text).toContain('<nav class="interaction-tabs" aria-label="互动交流">');
      const report = await validator.validateString(response.text);
      expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
    }
    expect((await get('/interaction/mailbox')).text).toContain('<form class="letter-form" action="/interaction/mailbox" method="post"');
    expect((await get('/interaction/error-report')).text).toContain('<option value="链接失效">');
    const entry = await get('/interaction').expect(302);
    expect(entry.headers.location).toBe('/interaction/mailbox');
    await get('/interaction/nothing').expect(404);
    await http.put('/interaction/mailbox').set('Host', a.site.primaryDomain).expect(405);
    await http.post('/interaction/query').set('Host', a.site.primaryDomain).type('form').send({ code: 'x' }).expect(405);
  });

  it('links the service bar and the 领导信箱 column to the forms on the generated pages', async () => {
    const home = await eventually(async () => {
      const response = await get('/index.html');
      return response.status === 200 ? response.text : null;
    });
    expect(home).toContain(`<a href="http://${a.site.primaryDomain}/interaction/mailbox">领导信箱</a>`);
    const column = await eventually(async () => {
      const response = await get('/hdjl/ldxj/index.html');
      return response.status === 200 ? response.text : null;
    });
    expect(column).toContain('<a href="/interaction/mailbox">我要写信</a>');
    expect(column).toContain('<a href="/interaction/query">办理查询</a>');
  });

  it('refuses bad letters with the reasons on the form, and stores none of them', async () => {
    const before = await letterCount();
    const empty = await post('/interaction/mailbox', {}).expect(422);
    for (const text of ['请填写姓名', '请填写联系电话', '请填写信件标题', '请填写信件内容', 'aria-invalid="true"'])
      expect(empty.text).toContain(text);

    const wrong = await post('/interaction/mailbox', {
      ...LETTER,
      phone: 'call me',
      email: 'not-an-email',
      subject: '标'.repeat(101),
    }).expect(422);
    expect(wrong.text).toContain('联系电话只能包含数字');
    expect(wrong.text).toContain('电子邮箱格式不正确');
    expect(wrong.text).toContain('信件标题不能超过 100 个字');
    // What the citizen typed is kept, escaped.
    expect(wrong.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;</textarea>');
    expect(wrong.text).not.toContain('<script>alert(1)</script>');

    const scriptUrl = await post('/interaction/error-report', {
      errorType: '链接失效',
      pageUrl: 'javascript:alert(1)',
      body: '打不开',
    }).expect(422);
    expect(scriptUrl.text).toContain('问题页面地址应以 http:// 或 https:// 开头');
    await post('/interaction/error-report', { errorType: '不存在的类型', pageUrl: 'http://x.test/', body: '打不开' }).expect(422);

    const elsewhere = await post('/interaction/mailbox', LETTER).set('Origin', 'http://evil.example.com');
    expect(elsewhere.status).toBe(403);
    await post('/interaction/mailbox', LETTER).set('Sec-Fetch-Site', 'cross-site').expect(403);
    await post('/interaction/mailbox', LETTER).set('Origin', 'null').expect(403);
    const json = await http.post('/interaction/mailbox').set('Host', a.site.primaryDomain).send(LETTER);
    expect(json.status).toBe(415);
    const huge = await post('/interaction/mailbox', { ...LETTER, body: '长'.repeat(30_000) });
    expect(huge.status).toBe(413);
    expect(await letterCount()).toBe(before);
  });

  it('stores a letter and shows its query code; the code finds it on its own site only', async () => {
    const sameOrigin = await post('/interaction/mailbox', LETTER)
      .set('Origin', `http://${a.site.primaryDomain}`)
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(303);
    expect(sameOrigin.headers.location).toMatch(/^\/interaction\/query\?code=/);
    const code = await write();
    const page = await get(`/interaction/query?code=${code}&new=1`).expect(200);
    expect(page.text).toContain('您的来信已提交');
    expect(page.text).toContain(`<strong>${code}</strong>`);
    expect(page.text).toContain('关于校车线路的建议 🚌');
    expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page.text).toContain('办理中');
    expect(page.text).toContain('李*');
    expect(page.text).not.toContain('0371-12345678');
    expect(page.text).not.toContain('liming@example.com');
    // Typed by hand: lower case, with spaces.
    expect(
      (await get(`/interaction/query?code=${encodeURIComponent(` ${code.slice(0, 6).toLowerCase()} ${code.slice(6)} `)}`)).status,
    ).toBe(200);

    const elsewhere = await get(`/interaction/query?code=${code}`, b.site.primaryDomain).expect(404);
    expect(elsewhere.text).toContain('没有找到这个查询码对应的信件');
    expect(elsewhere.text).not.toContain('校车');
    await get('/interaction/query?code=%3Cscript%3E').expect(404);
    expect((await get('/interaction/query').expect(200)).text).toContain('请输入提交信件时得到的查询码');
  });

  it('lets the handler read and answer once; the citizen then reads the reply, and 信件选登 shows it', async () => {
    const code = await write();
    const id = await letterIdOf(a.site, code);
    const base = `/api/v1/sites/${a.site.id}/letters`;
    const listed = await stack.http.get(base).query({ status: 'received' }).set(a.handler).expect(200);
    expect(listed.body.items.find((item: any) => item.id === id)).toMatchObject({
      phone: '0371-12345678',
      kind: 'mailbox',
      status: 'received',
    });
    await stack.http.get(base).set(a.editor).expect(403);
    await stack.http.get(`${base}?status=lost`).set(a.handler).expect(400);
    await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '   ' }).expect(400);
    await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: 123 }).expect(400);
    await stack.http
      .post(`${base}/${id}/reply`)
      .set(a.handler)
      .send({ reply: '答'.repeat(5001) })
      .expect(400);
    await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '答复', publish: 'yes' }).expect(400);
    await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '答复', extra: 1 }).expect(400);
    await stack.http.get(`${base}/abc`).set(a.handler).expect(404);
    await stack.http.get(`${base}/99999999`).set(a.handler).expect(404);
    await stack.http.get(`${base}?page=0`).set(a.handler).expect(400);
    await stack.http.get(`${base}?kind=letter`).set(a.handler).expect(400);
    await stack.http.post(`${base}/99999999/reply`).set(a.handler).send({ reply: '答复' }).expect(404);
    expect((await stack.http.get(`${base}/${id}`).set(a.handler)).body.status).toBe('received');
    await stack.http.post(`${base}/${id}/reply`).set(a.editor).send({ reply: '答复' }).expect(403);

    const [first, second] = await Promise.all([
      stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '您好,下学期起增设东关村站点。', publish: true }),
      stack.http.post(`${base}/${id}/reply`).set(a.siteAdmin).send({ reply: '另一份答复' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const winner = first.status === 200 ? first.body : second.body;
    const letter = (await stack.http.get(`${base}/${id}`).set(a.handler).expect(200)).body;
    expect(letter).toMatchObject({ status: 'replied', reply: winner.reply, repliedAt: expect.any(String) });

    const page = await get(`/interaction/query?code=${code}`).expect(200);
    expect(page.text).toContain('已答复');
    expect(page.text).toContain(winner.reply);
    if (winner.published) {
      const published = await get('/interaction/letters').expect(200);
      expect(published.text).toContain('关于校车线路的建议 🚌');
      expect(published.text).not.toContain('0371-12345678');
    }
    await get('/interaction/letters?page=2').expect(404);
    await get('/interaction/letters?page=abc').expect(404);
    await get('/interaction/').expect(302);
    await http.post('/interaction').set('Host', a.site.primaryDomain).expect(405);
  });

  it('publishes in 信件选登 only letters whose writer agreed', async () => {
    const code = await write({ ...LETTER, subject: '不公开的来信', publicConsent: '' });
    const id = await letterIdOf(a.site, code);
    const base = `/api/v1/sites/${a.site.id}/letters`;
    const refused = await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '已收悉', publish: true }).expect(422);
    expect(refused.body.message).toBe('写信人未同意公开,不能选登这封信');
    await stack.http.post(`${base}/${id}/reply`).set(a.handler).send({ reply: '已收悉' }).expect(200);
    expect((await get('/interaction/letters').expect(200)).text).not.toContain('不公开的来信');
  });

  it("keeps each site's letters to its own staff", async () => {
    const code = await write({ ...LETTER, subject: '城关镇的来信' }, b.site.primaryDomain);
    const id = await letterIdOf(b.site, code);
    await stack.http.get(`/api/v1/sites/${b.site.id}/letters`).set(a.handler).expect(403);
    await stack.http.get(`/api/v1/sites/${b.site.id}/letters/${id}`).set(a.handler).expect(403);
    await stack.http.get(`/api/v1/sites/${a.site.id}/letters/${id}`).set(a.handler).expect(404);
    await stack.http.post(`/api/v1/sites/${a.site.id}/letters/${id}/reply`).set(a.handler).send({ reply: '越权答复' }).expect(404);
    const mine = await stack.http.get(`/api/v1/sites/${a.site.id}/letters`).set(a.handler).expect(200);
    expect(mine.body.items.some((item: any) => item.subject === '城关镇的来信')).toBe(false);
    expect((await stack.http.get(`/api/v1/sites/${b.site.id}/letters/${id}`).set(b.handler).expect(200)).body.status).toBe('received');
  });

  it('takes a 找错 report with the page and the kind of problem', async () => {
    const response = await post('/interaction/error-report', {
      errorType: '链接失效',
      pageUrl: `http://${a.site.primaryDomain}/zwdt/index.html`,
      body: '第二页的链接打不开',
    }).expect(303);
    const code = /code=([2-9A-Z]{12})/.exec(response.headers.location)![1];
    const id = await letterIdOf(a.site, code);
    const letter = (await stack.http.get(`/api/v1/sites/${a.site.id}/letters/${id}`).set(a.handler).expect(200)).body;
    expect(letter).toMatchObject({ kind: 'error_report', errorType: '链接失效', subject: '网站找错:链接失效', name: '' });
  });

  it('limits letters per address per hour, counted in Redis', async () => {
    const ip = '203.0.113.7';
    for (let i = 0; i < 3; i++) await post('/interaction/mailbox', LETTER, a.site.primaryDomain, ip).expect(303);
    const before = await letterCount();
    const limited = await post('/interaction/mailbox', LETTER, b.site.primaryDomain, ip).expect(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.text).toContain('提交过于频繁');
    expect(limited.text).toContain('关于校车线路的建议 🚌'); // the letter is not lost: it stays in the form
    expect(await letterCount()).toBe(before);
    // A form the citizen still has to correct does not count; another address is not limited.
    await post('/interaction/mailbox', {}, a.site.primaryDomain, ip).expect(422);
    await post('/interaction/mailbox', LETTER, a.site.primaryDomain, '203.0.113.8').expect(303);
  });

  it('answers 503 when the database or Redis is out of reach, and static pages stay up', async () => {
    const routesWithoutDb = createDynamicRoutes(stack.config, new LazyBackend(stack.config, () => Promise.reject(new Error('down'))));
    const routesWithoutRedis = createDynamicRoutes({ ...stack.config, redisUrl: 'redis://127.0.0.1:1/0' });
    const before = await letterCount();
    for (const routes of [routesWithoutDb, routesWithoutRedis]) {
      const offline = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: routes.routes });
      await new Promise<void>((resolve) => offline.server.listen(0, resolve));
      try {
        const client = request(`http://127.0.0.1:${(offline.server.address() as AddressInfo).port}`);
        expect((await client.get('/index.html').set('Host', a.site.primaryDomain)).status).toBe(200);
        const refused = await client.post('/interaction/mailbox').set('Host', a.site.primaryDomain).type('form').send(LETTER);
        expect(refused.status).toBe(503);
        if (routes === routesWithoutDb) expect(refused.text).toContain('互动交流服务暂时不可用');
        // With the database up, the citizen gets the form back with what they typed.
        else expect(refused.text).toMatch(/暂时无法提交。您填写的内容仍在下方[\s\S]*关于校车线路的建议 🚌/);
      } finally {
        await offline.close();
        await routes.close();
      }
    }
    expect(await letterCount()).toBe(before);
  });
});
