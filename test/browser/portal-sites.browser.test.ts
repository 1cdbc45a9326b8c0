import type { Locator, Page } from 'playwright-core';
import { adminLogin, columnByPath, eventually, login, publishArticle } from '../support/client';
import { sampleFiles } from '../support/sample-files';
import { signedIn, siteWithAdmin } from './support/accounts';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(180_000);

type Auth = { Authorization: string };

/**
 * Picks an option of a select in `form` and waits until the select shows it: a click that lands
 * while the dropdown is still opening can be lost (the full suite failed here once), so it is tried once more.
 */
async function choose(page: Page, form: Locator, label: string, option: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await form.getByLabel(label).click();
    await page.getByTitle(option, { exact: true }).last().click();
    try {
      await form.getByTitle(option, { exact: true }).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

/**
 * The portal center's sites and a unit's own columns and media through the console: opening a
 * sub-site with the wizard, a unit kept out of another unit's data, the column tree, the library.
 */
describe('console: sites, columns and media', () => {
  let stack: ConsoleStack;
  let admin: Auth;

  beforeAll(async () => {
    stack = await startConsoleStack();
    admin = await adminLogin(stack.stack);
  });
  afterAll(() => stack?.close());

  /** A new department site whose admin has already replaced the initial password. */
  const unit = (name: string) => siteWithAdmin(stack.stack, admin, { name });

  it('the information office opens a new sub-site with the wizard, and its home page is served at its domain', async () => {
    const code = `wlj${Date.now().toString(36).slice(-4)}`;
    const { page, problems, close } = await signedIn(stack, stack.stack.config.adminUsername, {
      password: stack.stack.config.adminPassword!,
    });
    await page.goto(`${stack.consoleUrl}portal/sites`);
    await page.getByRole('button', { name: '开设新站点' }).click();
    await page.getByRole('heading', { name: '开设新站点' }).waitFor();

    // 基本信息: a step does not go on until its fields are right.
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('请输入站点名称').waitFor();
    await page.getByLabel('站点名称').fill('示范县文化广电和旅游局');
    await page.getByLabel('站点代码').fill(code);
    await page.getByRole('button', { name: '下一步' }).click();
    // 页脚信息
    await page.getByLabel('主办单位').fill('示范县文化广电和旅游局');
    await page.getByLabel('网站标识码').fill('41032400');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('标识码须为 10 位字母或数字').waitFor();
    await page.getByLabel('网站标识码').fill('4103240077');
    await page.getByRole('button', { name: '下一步' }).click();
    // 域名: the primary domain is derived from the code.
    await page.getByText(`${code}.${stack.stack.config.platformDomain}`, { exact: true }).waitFor();
    await page.getByRole('button', { name: '下一步' }).click();
    // 管理员: suggested from the code and name.
    expect(await page.getByLabel('管理员用户名').inputValue()).toBe(`${code}_admin`);
    await page.getByRole('button', { name: '下一步' }).click();
    // 确认: the standard columns of a department site as a tree, and the domains.
    const skeleton = page.getByRole('tree', { name: '统一栏目' });
    await skeleton.getByText('政务动态', { exact: true }).waitFor();
    await skeleton.getByText('信息公开', { exact: true }).waitFor();
    await page.getByText(`主域名:${code}.${stack.stack.config.platformDomain}`).waitFor();
    await page.getByRole('button', { name: '开设站点' }).click();

    await page.getByText('「示范县文化广电和旅游局」已开设').waitFor();
    await page.getByText('初始密码只显示这一次,请复制后交给本人').waitFor();
    await page.getByRole('button', { name: '复制密码' }).waitFor();
    const open = page.getByRole('link', { name: '打开新网站' });
    expect(await open.getAttribute('href')).toMatch(
      new RegExp(`^http://${code}\\.${stack.stack.config.platformDomain.replace(/\./g, '\\.')}[:/]`),
    );

    // The worker publishes the new site: its home page answers at its own domain with its name.
    await eventually(async () => {
      const response = await page.goto(stack.siteUrl(code, '/'));
      return response?.status() === 200;
    }, 60_000);
    await page.getByText('示范县文化广电和旅游局').first().waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it("keeps a unit admin out of another unit's article when the address is edited", async () => {
    const mine = await unit('甲单位');
    const theirs = await unit('乙单位保密局');
    const news = await columnByPath(stack.stack, theirs.auth, theirs.site.id, 'zwdt/gzdt');
    const article = await publishArticle(stack.stack, theirs.auth, theirs.site.id, {
      columnId: news.id,
      title: '乙单位内部工作安排',
      body: '<p>x</p>',
    });

    const { page, problems, close } = await signedIn(stack, mine.site.admin.username);
    await page.goto(`${stack.consoleUrl}s/${theirs.site.id}/articles/${article.id}`);
    await page.getByText('无权访问', { exact: true }).waitFor();
    const html = await page.content();
    expect(html).not.toContain('乙单位内部工作安排');
    expect(html).not.toContain('乙单位保密局');
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps standard columns in place and moves a new column by drag', async () => {
    const { site, auth } = await unit('栏目测试局');
    const { page, problems, close } = await signedIn(stack, site.admin.username);
    await page.goto(`${stack.consoleUrl}s/${site.id}/columns`);
    const tree = page.getByRole('tree', { name: '栏目树' });
    const node = (name: string) => tree.locator('.ant-tree-treenode').filter({ has: page.getByText(name, { exact: true }) });

    // A standard column: locked, cannot be deleted, and a drag does not move it.
    await node('工作动态').getByRole('img', { name: '统一栏目,不可删除或移动' }).hover();
    await page.getByRole('tooltip').filter({ hasText: '统一栏目,不可删除或移动' }).first().waitFor();
    await node('工作动态').dragTo(node('机构概况'), { steps: 12, targetPosition: { x: 60, y: 12 } });
    await tree.getByText('工作动态', { exact: true }).click();
    await page.getByText('/zwdt/gzdt/', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: '删除栏目' }).isDisabled()).toBe(true);
    expect(await page.getByRole('button', { name: '上移' }).isDisabled()).toBe(true);
    expect((await columnByPath(stack.stack, auth, site.id, 'zwdt/gzdt')).parentId).toBe(
      (await columnByPath(stack.stack, auth, site.id, 'zwdt')).id,
    );

    // A new column at the top level, then dragged onto 互动交流: it becomes its sub-column.
    await page.getByRole('button', { name: '新建栏目' }).click();
    const dialog = page.getByRole('dialog', { name: '新建一级栏目' });
    await dialog.getByLabel('栏目名称').fill('专题专栏');
    await dialog.getByLabel('栏目目录(英文)').fill('ztzl');
    await dialog.getByRole('button', { name: '新建' }).click();
    await page.getByText('已新建栏目「专题专栏」').waitFor();
    await page.getByText('/ztzl/', { exact: true }).waitFor();
    await node('专题专栏').dragTo(node('互动交流'), { steps: 12, targetPosition: { x: 60, y: 12 } });
    await page.getByText('栏目位置已调整').waitFor();
    await page.getByText('/hdjl/ztzl/', { exact: true }).waitFor();
    const moved = await columnByPath(stack.stack, auth, site.id, 'hdjl/ztzl');
    expect(moved.parentId).toBe((await columnByPath(stack.stack, auth, site.id, 'hdjl')).id);
    expect(problems).toEqual([]);
    await close();
  });

  it('uploads an image with its thumbnail, and refuses to delete a file an article uses, in words', async () => {
    const { site, auth } = await unit('媒体测试局');
    const cover = await stack.stack.http
      .post(`/api/v1/sites/${site.id}/media`)
      .set(auth)
      .attach('file', await sampleFiles.png(), '会议现场.png')
      .expect(201);
    const news = await columnByPath(stack.stack, auth, site.id, 'zwdt/gzdt');
    await stack.stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: news.id, title: '全县教育工作会议召开', body: '<p>x</p>', coverImageId: cover.body.id })
      .expect(201);

    const { page, problems, close } = await signedIn(stack, site.admin.username);
    await page.goto(`${stack.consoleUrl}s/${site.id}/media`);
    await page.getByRole('heading', { name: '媒体库' }).waitFor();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: '校园风光.jpg', mimeType: 'image/jpeg', buffer: await sampleFiles.jpeg() });
    await page.getByText('已上传「校园风光.jpg」').waitFor();
    const thumbnail = page.getByRole('img', { name: '校园风光.jpg' });
    await thumbnail.waitFor();
    await eventually(() => thumbnail.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth > 0));
    await page.getByText('已用 ').filter({ hasText: '2 个文件' }).waitFor();

    // Where a file is used, and the API's refusal to delete it as a sentence.
    const used = page.getByRole('listitem', { name: '会议现场.png' });
    await used.getByText('用于 1 篇文章').waitFor();
    await used.getByRole('button', { name: '删除 会议现场.png' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await page.getByText('文件正被文章《全县教育工作会议召开》使用,请先从文章中移除后再删除').waitFor();

    // A type the library does not take is refused in words too (415).
    await page.locator('input[type=file]').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: sampleFiles.svg() });
    await page.getByRole('alert').filter({ hasText: '不支持的文件类型' }).first().waitFor();
    expect(problems).toEqual([]);
    await close();
  });

  it('the portal center creates a 两办 reviewer for every site, revokes one grant, resets and disables the account', async () => {
    const first = await unit('授权测试一局');
    const second = await unit('授权测试二局');
    const { page, problems, close } = await signedIn(stack, stack.stack.config.adminUsername, {
      password: stack.stack.config.adminPassword!,
    });
    await page.goto(`${stack.consoleUrl}portal/users`);
    await page.getByRole('button', { name: '新建门户中心账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建门户中心账号' });
    await dialog.getByLabel('用户名').fill('lb_wang');
    await dialog.getByLabel('姓名').fill('两办审核员王');
    await choose(page, dialog, '审核办公室', '政府(两办审核分工)');
    await choose(page, dialog, '角色', '两办审核');
    await dialog.getByRole('button', { name: '全部站点' }).click();
    await dialog.getByRole('button', { name: '新建' }).click();
    await dialog.getByText('初始密码只显示这一次,请复制后交给本人').waitFor();
    await dialog.getByRole('button', { name: '复制密码' }).waitFor();
    const password = (await dialog.locator('code').textContent())!;
    await dialog.getByRole('button', { name: '我已记下,关闭' }).click();
    await login(stack.stack, 'lb_wang', password);

    const row = page.getByRole('row').filter({ hasText: 'lb_wang' });
    await row.getByText('政府', { exact: true }).waitFor();
    await row.getByText(`${first.site.name} · 两办审核`).waitFor();
    await row.getByRole('button', { name: `撤销 ${second.site.name} · 两办审核` }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
    await page.getByText(`已撤销 lb_wang 的「${second.site.name} · 两办审核」`).waitFor();
    await row.getByText(`${second.site.name} · 两办审核`).waitFor({ state: 'detached' });
    const grants = (await stack.stack.http.get('/api/v1/platform/users?q=lb_wang').set(admin)).body.items[0].grants;
    expect(grants.map((grant: { siteId: number }) => grant.siteId)).toContain(first.site.id);
    expect(grants.map((grant: { siteId: number }) => grant.siteId)).not.toContain(second.site.id);

    await row.getByRole('button', { name: '重置 lb_wang 的密码' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '重置' }).click();
    const reset = page.getByRole('dialog', { name: '密码已重置' });
    const newPassword = (await reset.locator('code').textContent())!;
    expect(newPassword).not.toBe(password);
    await reset.getByRole('button', { name: '我已记下,关闭' }).click();
    await login(stack.stack, 'lb_wang', newPassword);

    await row.getByRole('button', { name: '停用 lb_wang' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '停用' }).click();
    await row.getByText('已停用').waitFor();
    expect((await stack.stack.http.post('/api/v1/auth/login').send({ username: 'lb_wang', password: newPassword })).status).toBe(401);
    expect(problems).toEqual([]);
    await close();
  });

  it('a unit admin creates an account of the site with its roles and revokes one, but not their own', async () => {
    const { site } = await unit('本站用户测试局');
    const { page, problems, close } = await signedIn(stack, site.admin.username);
    await page.goto(`${stack.consoleUrl}s/${site.id}/users`);
    await page.getByRole('button', { name: '新建账号' }).click();
    const dialog = page.getByRole('dialog', { name: '新建本站账号' });
    await dialog.getByLabel('用户名').fill(`${site.code}_li`);
    await dialog.getByLabel('姓名').fill('李编辑');
    await dialog.getByLabel('本单位领导').check();
    await dialog.getByRole('button', { name: '新建' }).click();
    await dialog.getByRole('button', { name: '复制密码' }).waitFor();
    await dialog.getByRole('button', { name: '我已记下,关闭' }).click();

    const row = page.getByRole('row').filter({ hasText: '李编辑' });
    await row.getByText('编辑', { exact: true }).waitFor();
    await row.getByRole('button', { name: '撤销 本单位领导' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '撤销' }).click();
    await row.getByText('本单位领导').waitFor({ state: 'detached' });
    // Nobody takes away their own role here: the admin's own row offers no revocation.
    const own = page.getByRole('row').filter({ hasText: site.admin.username });
    await own.getByText('当前账号').waitFor();
    expect(await own.getByRole('button', { name: /撤销/ }).count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });
});
