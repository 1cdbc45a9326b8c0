import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_GROUP, DEMO_PASSWORD, demoAccounts, seedDemo } from '@zhanqun/demo';
import { columnByPath, eventually, login } from './support/client';
import { startStack, type TestStack } from './support/stack';

// Seeding publishes ~110 articles through the real pipeline; on a slow disk that takes a while.
jest.setTimeout(200_000);

describe('the demo group 示范县', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startStack();
    expect(await seedDemo(stack.api)).toBe(true);
  }, 240_000);
  afterAll(() => stack.close());

  it('provisions the portal, six departments and two townships, and seeds only once', async () => {
    expect(DEMO_GROUP.filter((site) => site.kind === 'department')).toHaveLength(6);
    expect(DEMO_GROUP.filter((site) => site.kind === 'township')).toHaveLength(2);
    expect(await seedDemo(stack.api)).toBe(false);
  });

  it('publishes every site with its articles, headlines and notices', async () => {
    const file = (code: string, path: string) => join(stack.config.publishRoot, 'sites', code, path);
    await eventually(() => DEMO_GROUP.every((site) => existsSync(file(site.code, 'index.html'))), 150_000);
    const portal = DEMO_GROUP[0];
    const headline = portal.articles.find((article) => article.headline)!;
    await eventually(() => readFileSync(file('www', 'index.html'), 'utf8').includes(headline.title), 150_000);
    const home = readFileSync(file('www', 'index.html'), 'utf8');
    expect(home).toContain('通知公告');
    expect(home).toContain('示范县人民政府');
    // Headlines double as picture news with published cover thumbnails.
    await eventually(() => readFileSync(file('www', 'index.html'), 'utf8').includes('图片新闻'), 150_000);
    const thumbnail = /<img src="(\/uploads\/\d{6}\/[0-9a-f]{32}_thumb\.jpg)"/.exec(readFileSync(file('www', 'index.html'), 'utf8'))![1];
    await eventually(() => existsSync(file('www', thumbnail)), 150_000);
    // 政府网站链接 in every footer; the education bureau's news adopted by the portal (信息报送).
    expect(readFileSync(file('jyj', 'index.html'), 'utf8')).toContain('河南省人民政府');
    await eventually(
      () =>
        readFileSync(file('www', 'zwdt/bmdt/index.html'), 'utf8').includes(
          [...DEMO_GROUP[1].articles].sort((a, b) => a.daysAgo - b.daysAgo)[0].title,
        ),
      150_000,
    );
    await eventually(() => readFileSync(file('jyj', 'zwdt/tzgg/index.html'), 'utf8').includes('冬季学校安全'), 150_000);
  });

  it("has letters in the education bureau's 领导信箱: one answered and published, one waiting", async () => {
    const admin = await login(stack, 'jyj_admin', DEMO_PASSWORD);
    const jyj = (await stack.http.get('/api/v1/sites').set(admin)).body.items[0];
    const { body } = await stack.http.get(`/api/v1/sites/${jyj.id}/letters`).set(admin).expect(200);
    expect(body.items.map((letter: any) => [letter.status, letter.published]).sort()).toEqual([
      ['received', false],
      ['replied', true],
    ]);
  });

  it('gives every demo account a working login, and its reviewers a working chain', async () => {
    for (const account of demoAccounts())
      expect((await login(stack, account.username, account.password)).Authorization).toMatch(/^Bearer /);
    const editor = await login(stack, 'jyj_admin', DEMO_PASSWORD);
    const jyj = (await stack.http.get('/api/v1/sites').set(editor)).body.items[0];
    const news = await columnByPath(stack, editor, jyj.id, 'zwdt/gzdt');
    const created = await stack.http
      .post(`/api/v1/sites/${jyj.id}/articles`)
      .set(editor)
      .send({ columnId: news.id, title: '演示审核流程', body: '<p>x</p>' });
    expect((await stack.http.post(`/api/v1/sites/${jyj.id}/articles/${created.body.id}/submit`).set(editor)).body.status).toBe('pending');
    for (const reviewer of ['jyj_leader', 'lb_shenhe', 'bm_shencha']) {
      const auth = await login(stack, reviewer, DEMO_PASSWORD);
      const task = (await stack.http.get('/api/v1/reviews').set(auth)).body.items.find(
        (t: { articleId: number }) => t.articleId === created.body.id,
      );
      expect(task).toBeDefined();
      await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(auth).send({}).expect(200);
    }
    expect((await stack.http.get(`/api/v1/sites/${jyj.id}/articles/${created.body.id}`).set(editor)).body.status).toBe('published');
  });
});
