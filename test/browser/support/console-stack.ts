import type { AddressInfo } from 'node:net';
import { seedDemo } from '@zhanqun/demo';
import { createDynamicRoutes, type DynamicRoutes } from '../../../apps/site/src/dynamic/dynamic-routes';
import { createSiteServer, type SiteServer } from '../../../apps/site/src/server';
import { startStack, type TestStack } from '../../support/stack';
import { launchBrowser, openContext, type Browser, type BrowserContext, type Page } from './browser';

/**
 * The whole platform for browser tests: apps/api listening (serving the built console at /admin/),
 * apps/worker, apps/site with search and 互动交流, optionally the demo group, and a chromium that
 * resolves every `*.<platform domain>` to apps/site.
 */
export interface ConsoleStack {
  stack: TestStack;
  browser: Browser;
  /** http://127.0.0.1:<port>/admin/ */
  consoleUrl: string;
  /** A citizens' URL of a site, e.g. siteUrl('jyj', '/index.html'). */
  siteUrl(code: string, path?: string): string;
  /** A new browser context (1366 px unless told) that records console errors in `problems`. */
  newPage(options?: { width?: number }): Promise<{ page: Page; context: BrowserContext; problems: string[] }>;
  close(): Promise<void>;
}

export async function startConsoleStack(options: { demo?: boolean } = {}): Promise<ConsoleStack> {
  // TEST_CONSOLE_ROOT: serve a private console build instead of dist/admin, which a parallel
  // `npm run build:console` may replace mid-run.
  const consoleRoot = process.env.TEST_CONSOLE_ROOT;
  const stack = await startStack(consoleRoot ? { env: { CONSOLE_ROOT: consoleRoot } } : {});
  let dynamic: DynamicRoutes | null = null;
  let site: SiteServer | null = null;
  let browser: Browser | null = null;
  try {
    if (options.demo) await seedDemo(stack.api);
    await stack.api.listen(0, '127.0.0.1');
    const apiPort = (stack.api.getHttpServer().address() as AddressInfo).port;
    dynamic = createDynamicRoutes(stack.config);
    site = createSiteServer({
      publishRoot: stack.config.publishRoot,
      dynamicRoutes: dynamic.routes,
      hostsPollMs: 200,
      log: () => undefined,
    });
    await new Promise<void>((resolve) => site!.server.listen(0, '127.0.0.1', resolve));
    const sitePort = (site.server.address() as AddressInfo).port;
    browser = await launchBrowser([`--host-resolver-rules=MAP *.${stack.config.platformDomain} 127.0.0.1`]);
    const openBrowser = browser;
    const openSite = site;
    const openDynamic = dynamic;
    return {
      stack,
      browser,
      consoleUrl: `http://127.0.0.1:${apiPort}/admin/`,
      siteUrl: (code, path = '/') => `http://${code}.${stack.config.platformDomain}:${sitePort}${path}`,
      async newPage(pageOptions = {}) {
        const { context, problems } = await openContext(openBrowser, pageOptions);
        return { page: await context.newPage(), context, problems };
      },
      async close() {
        await openBrowser.close();
        await openSite.close();
        await openDynamic.close();
        await stack.close();
      },
    };
  } catch (error) {
    await browser?.close();
    await site?.close();
    await dynamic?.close();
    await stack.close();
    throw error;
  }
}

/** Signs in on the console's login page, as a user does. */
export async function signIn(page: Page, consoleUrl: string, username: string, password: string): Promise<void> {
  await page.goto(`${consoleUrl}login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page
    .getByRole('navigation', { name: '主菜单' })
    .or(page.getByRole('button', { name: '打开菜单' }))
    .or(page.getByRole('heading', { name: '修改密码' }))
    .first()
    .waitFor();
}
