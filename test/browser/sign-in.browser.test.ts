import { provisionSite, adminLogin } from '../support/client';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(120_000);

describe('console: signing in', () => {
  let stack: ConsoleStack;
  beforeAll(async () => {
    stack = await startConsoleStack();
  });
  afterAll(() => stack?.close());

  it('refuses a wrong password in Chinese and keeps the typed user name', async () => {
    const { page, context, problems } = await stack.newPage();
    await page.goto(`${stack.consoleUrl}login`);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('wrong-password-1');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('alert').filter({ hasText: '用户名或密码错误' }).waitFor();
    expect(await page.getByLabel('用户名').inputValue()).toBe('admin');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('forces a new site admin to change the initial password, then opens the site', async () => {
    const admin = await adminLogin(stack.stack);
    const { site } = await provisionSite(stack.stack, admin, {}, { reviewChain: 'default' });
    const { page, context, problems } = await stack.newPage();
    // A deep link before signing in comes back after the sign-in.
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles`);
    await page.getByRole('heading', { name: '站群管理后台' }).waitFor();
    await page.getByLabel('用户名').fill(site.admin.username);
    await page.getByLabel('密码').fill(site.admin.initialPassword);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '修改密码' }).waitFor();
    await page.getByLabel('原密码').fill(site.admin.initialPassword);
    await page.getByLabel('新密码', { exact: true }).fill('Xinmima2026');
    await page.getByLabel('确认新密码').fill('Xinmima2026');
    await page.getByRole('button', { name: '保存新密码' }).click();
    await page.getByRole('navigation', { name: '主菜单' }).waitFor();
    await page.getByRole('menuitem', { name: '文章管理' }).waitFor();
    // The session survives a reload (refresh cookie), the access token is nowhere in storage.
    await page.reload();
    await page.getByRole('menuitem', { name: '文章管理' }).waitFor();
    const stored = await page.evaluate<string>(
      'JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie',
    );
    expect(stored).not.toMatch(/eyJ/); // no JWT in web storage or readable cookies
    const cookies = await context.cookies();
    const refresh = cookies.find((cookie) => cookie.name === 'zq_refresh')!;
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth/session' });
    // 退出登录 ends the session: a reload lands on the login page.
    await page.getByRole('button', { name: /站点管理员/ }).click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.getByRole('button', { name: '登录' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: '登录' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
