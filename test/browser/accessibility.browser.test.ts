import { adminLogin, columnByPath, login } from '../support/client';
import { accessibilityViolations } from './support/axe';
import type { Page } from './support/browser';
import { signIn, startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(600_000);

/** The console's usual screen and a phone. */
const WIDTHS = [1366, 390];
const DEMO_PASSWORD = 'Zhanqun2026';

/** A console screen is ready when its title shows and nothing has been loading for a moment. */
async function settle(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 10_000 });
  const deadline = Date.now() + 10_000;
  for (let quiet = 0; quiet < 3 && Date.now() < deadline;) {
    const loading = await page.locator('.ant-spin-spinning, .ant-skeleton-active, .ant-btn-loading').count();
    quiet = loading ? 0 : quiet + 1;
    await page.waitForTimeout(150);
  }
}

/** The violations of a page once `ready`, or the reason it never got ready (counted as a failure too). */
async function audit(page: Page, screen: string, ready: () => Promise<void>): Promise<string[]> {
  try {
    await ready();
  } catch (error) {
    return [`${screen} · 未能打开 · ${String(error).split('\n')[0]}`];
  }
  return accessibilityViolations(page, screen);
}

/** A console path as a route: ids become `:id`, so each screen is checked once. */
const routeOf = (path: string) => path.replace(/\/\d+(?=\/|$)/g, '/:id');

describe('accessibility: WCAG 2.1 AA (axe-core) on every console screen and every citizens’ page type', () => {
  let stack: ConsoleStack;
  let admin: { Authorization: string };
  let jyj: { id: number };
  /** A portal article adopted from a unit's submission (it names and links its source). */
  let syndicatedUrl: string;
  /** The review task of that article, which only its reviewers may open. */
  let reviewTask: string;
  /** Console screens that no menu entry leads to directly (editors, details), by path under /admin. */
  const detailScreens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startConsoleStack({ demo: true });
    admin = await adminLogin(stack.stack);
    // Words in the platform dictionary, so its screen shows a full table.
    for (const [word, level] of [
      ['赌博', 'block'],
      ['代开发票', 'warn'],
    ]) {
      await stack.stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word, level }).expect(201);
    }
    const sites = (await stack.stack.http.get('/api/v1/sites').set(admin)).body.items as { id: number; code: string }[];
    jyj = sites.find((site) => site.code === 'jyj')!;
    // A review task: an article of 教育局 waiting for its leader (the demo chain has three steps).
    const author = await login(stack.stack, 'jyj_admin', DEMO_PASSWORD);
    const column = await columnByPath(stack.stack, author, jyj.id, 'zwdt/gzdt');
    const article = await stack.stack.http
      .post(`/api/v1/sites/${jyj.id}/articles`)
      .set(author)
      .send({ columnId: column.id, title: '无障碍检查用稿件', body: '<p>县教育局召开无障碍环境建设推进会。</p>' })
      .expect(201);
    await stack.stack.http.post(`/api/v1/sites/${jyj.id}/articles/${article.body.id}/submit`).set(author).expect(200);
    const leader = await login(stack.stack, 'jyj_leader', DEMO_PASSWORD);
    const tasks = (await stack.stack.http.get('/api/v1/reviews?status=pending').set(leader)).body.items as { id: number }[];
    reviewTask = `reviews/${tasks[0].id}`;
    const letters = (await stack.stack.http.get(`/api/v1/sites/${jyj.id}/letters`).set(admin)).body.items as { id: number }[];
    const adopted = (await stack.stack.http.get('/api/v1/syndications?status=adopted').set(admin)).body.items[0];
    const { url } = (await stack.stack.http.get(`/api/v1/sites/${adopted.targetSiteId}/articles/${adopted.adoptedArticleId}`).set(admin))
      .body;
    syndicatedUrl = stack.siteUrl('www', new URL(url).pathname);
    Object.assign(detailScreens, {
      新建文章: `s/${jyj.id}/articles/new`,
      编辑文章: `s/${jyj.id}/articles/${article.body.id}`,
      新建站点: 'portal/sites/new',
      站点详情: `portal/sites/${jyj.id}`,
      信件详情: `s/${jyj.id}/letters/${letters[0].id}`,
    });
  });
  afterAll(() => stack?.close());

  it.each(WIDTHS)('every console screen, at %i px', async (width) => {
    const violations: string[] = [];
    const { page, context } = await stack.newPage({ width });
    const checked = new Set<string>();
    /** Checks a screen once per route, reached by `go` (a click in the menu or an address). */
    const check = async (screen: string, path: string, go: () => Promise<void>) => {
      if (checked.has(routeOf(path))) return;
      checked.add(routeOf(path));
      const ready = async () => {
        await go();
        await settle(page);
      };
      violations.push(...(await audit(page, `${screen} ${path}`, ready)));
    };
    const open = (screen: string, path: string) =>
      check(screen, `/admin/${path}`, async () => {
        await page.goto(`${stack.consoleUrl}${path}`);
      });

    await open('登录', 'login');
    await signIn(page, stack.consoleUrl, 'admin', stack.stack.config.adminPassword!);
    // Every menu entry of the platform admin, who sees them all: the current site's, 审核, 门户中心.
    // On a narrow screen the menu sits in a drawer behind 打开菜单.
    const nav = page.getByRole('navigation', { name: '主菜单' });
    const openMenu = async () => {
      if (!(await nav.isVisible())) await page.getByRole('button', { name: '打开菜单' }).click();
      await nav.waitFor();
    };
    await openMenu();
    const entries = await nav.locator('[role=menuitem]').evaluateAll((items) =>
      items.map((item) => ({
        label: item.textContent ?? '',
        path: (item.getAttribute('data-menu-id') ?? '').replace(/^.*?-(?=\/)/, ''),
      })),
    );
    expect(entries.length).toBeGreaterThan(10);
    const below: { screen: string; path: string }[] = [];
    for (const { label, path } of entries) {
      await check(label, `/admin${path}`, async () => {
        await openMenu();
        await nav.getByRole('menuitem', { name: label, exact: true }).click({ timeout: 10_000 });
        await page.waitForURL((url) => url.pathname === `/admin${path}`, { timeout: 10_000 });
      });
      // The first screen it links to below itself (a detail, an editor): new ones are covered too.
      const href = await page
        .locator(`main a[href^="/admin${path}/"]`)
        .first()
        .getAttribute('href', { timeout: 500 })
        .catch(() => null);
      if (href) below.push({ screen: `${label} › 下级页面`, path: href.replace(/^\/admin\//, '').split(/[?#]/)[0] });
    }
    for (const { screen, path } of below) await open(screen, path);
    for (const [screen, path] of Object.entries(detailScreens)) await open(screen, path);
    await open('修改密码', 'account/password');
    await context.close();

    // The review task, as the reviewer it waits for.
    const reviewer = await stack.newPage({ width });
    await signIn(reviewer.page, stack.consoleUrl, 'jyj_leader', DEMO_PASSWORD);
    await reviewer.page.goto(`${stack.consoleUrl}${reviewTask}`);
    violations.push(...(await audit(reviewer.page, `审核任务 /admin/${reviewTask}`, () => settle(reviewer.page))));
    await reviewer.context.close();

    expect(violations).toEqual([]);
  });

  it.each(WIDTHS)('every page type of the citizens’ theme, at %i px', async (width) => {
    const { page, context } = await stack.newPage({ width });
    const violations: string[] = [];
    const check = async (pageType: string, url?: string) => {
      if (url) await page.goto(url);
      violations.push(...(await audit(page, `${pageType} ${page.url()}`, () => page.locator('main').waitFor({ timeout: 10_000 }))));
    };
    const jyjPage = (path: string) => stack.siteUrl('jyj', path);
    const firstArticle = async (listPath: string) => {
      await page.goto(jyjPage(listPath));
      return new URL((await page.locator('.news-list a').first().getAttribute('href'))!, page.url()).href;
    };

    await check('门户首页', stack.siteUrl('www', '/'));
    await check('子站首页', jyjPage('/'));
    await check('列表页', jyjPage('/zwdt/gzdt/'));
    await check('文章页', await firstArticle('/zwdt/gzdt/'));
    await check('信息公开文章页', await firstArticle('/xxgk/zcwj/'));
    await check('转载文章页', syndicatedUrl);
    await check('单页', jyjPage('/jggk/gkxx/'));
    await check('网站地图', jyjPage('/sitemap.html'));
    await check('检索结果(本站)', jyjPage(`/search?q=${encodeURIComponent('教育')}`));
    await check('检索结果(站群)', stack.siteUrl('www', `/search?q=${encodeURIComponent('教育')}&scope=group`));
    await check('检索无结果', jyjPage(`/search?q=${encodeURIComponent('无此内容之词')}`));
    await check('领导信箱', jyjPage('/interaction/mailbox'));
    // A letter sent with nothing filled in comes back with a message at each field.
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.letter-form__error').first().waitFor();
    await check('领导信箱(填写有误)');
    await page.getByRole('textbox', { name: /^信件标题/ }).fill('学校周边交通安全的建议');
    await page.getByRole('textbox', { name: /^信件内容/ }).fill('建议在学校门口增设减速带和护学岗。');
    await page.getByRole('textbox', { name: /^姓名/ }).fill('张三');
    await page.getByRole('textbox', { name: /^联系电话/ }).fill('13800000000');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.interaction__code').waitFor();
    await check('信件查询(查询码)');
    await check('我为政府网站找错', jyjPage('/interaction/error-report'));
    await check('信件查询', jyjPage('/interaction/query'));
    await check('信件选登', jyjPage('/interaction/letters'));
    await check('404 页面', jyjPage('/no-such-page.html'));
    expect(violations).toEqual([]);
    await context.close();
  });
});
