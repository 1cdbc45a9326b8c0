import { adminLogin, columnByPath, provisionSite, publishArticle } from '../support/client';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';

/**
 * The content security policies as a browser applies them: the citizens' pages and Swagger UI
 * work under theirs, with no refused script, style or image (chromium reports each one as a
 * console error, which the context records in `problems`).
 */
describe('content security policies in a browser', () => {
  let stack: ConsoleStack;
  let code: string;
  let articlePath: string;

  beforeAll(async () => {
    stack = await startConsoleStack();
    const admin = await adminLogin(stack.stack);
    const { site, siteAdmin } = await provisionSite(stack.stack, admin);
    code = site.code;
    const news = await columnByPath(stack.stack, siteAdmin, site.id, 'zwdt/gzdt');
    const article = await publishArticle(stack.stack, siteAdmin, site.id, {
      columnId: news.id,
      title: '内容安全策略测试',
      body: '<p>正文第一段。</p><p style="text-align:right">示范县教育局</p>',
    });
    articlePath = new URL(article.url).pathname;
  });
  afterAll(() => stack?.close());

  it('lets the theme’s script, styles and style tokens work on every kind of citizens’ page', async () => {
    const { page, context, problems } = await stack.newPage();
    const visit = async (path: string) => {
      const response = await page.goto(stack.siteUrl(code, path));
      expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
      await page.locator('main').waitFor();
    };
    for (const path of [
      '/',
      '/zwdt/gzdt/',
      articlePath,
      '/sitemap.html',
      `/search?q=${encodeURIComponent('测试')}`,
      '/no-such-page.html',
    ]) {
      await visit(path);
    }
    // site.js (the service bar) runs: 长者模式 toggles a class on <html> and the button's state.
    const elder = page.locator('[data-toggle="elder"]');
    await elder.click();
    expect(await elder.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('html').getAttribute('class')).toContain('elder');
    await visit(articlePath);
    // The style tokens block and the body's alignment apply (expressions: no DOM types here).
    expect(await page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--zq-primary').trim()")).not.toBe('');
    const alignment = "getComputedStyle([...document.querySelectorAll('p')].find((p) => p.textContent.includes('示范县教育局'))).textAlign";
    expect(await page.evaluate(alignment)).toBe('right');
    // The 领导信箱 form posts to its own origin (form-action 'self') and comes back with messages.
    await visit('/interaction/mailbox');
    await page.getByRole('button', { name: '提交' }).click();
    await page.locator('.letter-form__error').first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lets Swagger UI at /api/docs render under its policy', async () => {
    const { page, context, problems } = await stack.newPage();
    const docs = stack.consoleUrl.replace(/\/admin\/$/, '/api/docs');
    const response = await page.goto(docs);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    await page.locator('.opblock').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(20);
    expect(problems).toEqual([]);
    await context.close();
  });
});
