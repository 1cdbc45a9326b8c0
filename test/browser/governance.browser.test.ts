import { readFileSync } from 'node:fs';
import { adminLogin, columnByPath, eventually, publishArticle } from '../support/client';
import { signedIn as signedInAs, siteWithAdmin } from './support/accounts';
import type { Page } from './support/browser';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(180_000);

type Auth = { Authorization: string };

/**
 * The portal center's governance screens and 信息报送 through the console: the sensitive-word
 * dictionaries, the syndication queue as the portal site's own staff (not platform admins),
 * its statistics and workbook, the 政府网站链接 block and the audit log.
 */
describe('console: sensitive words, syndication, government links, audit log', () => {
  let stack: ConsoleStack;
  let admin: Auth;
  /** The portal, whose own site admin (no platform admin) decides on submissions. */
  let portal: Awaited<ReturnType<typeof site>>;

  beforeAll(async () => {
    stack = await startConsoleStack();
    admin = await adminLogin(stack.stack);
    portal = await site({ kind: 'portal', name: '示范县人民政府' });
  });
  afterAll(() => stack?.close());

  const site = (overrides: Record<string, unknown> = {}) => siteWithAdmin(stack.stack, admin, overrides);
  const signedIn = (username: string, password?: string) => signedInAs(stack, username, { password });
  const asAdmin = () => signedIn(stack.stack.config.adminUsername, stack.stack.config.adminPassword!);
  const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });
  /** Picks an option of the open select list. */
  const choose = (page: Page, label: string | RegExp) => page.locator('.ant-select-item-option').filter({ hasText: label }).first().click();
  /** Waits until a citizens' page shows `text` (pages are rendered by the worker, a moment later). */
  const citizensSee = (page: Page, url: string, text: string) =>
    eventually(async () => {
      await page.goto(url);
      return (await page.content()).includes(text);
    }, 90_000);

  it('keeps the platform dictionary: add, refuse a duplicate at its field, import a word list, filter, delete', async () => {
    const { page, problems, close } = await asAdmin();
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '敏感词库' }).click();
    await page.getByRole('heading', { name: '敏感词库' }).waitFor();
    await page.getByText('词库中还没有词').waitFor();

    await page.getByLabel('敏感词', { exact: true }).fill('赌博');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await row(page, '赌博').filter({ hasText: '禁用' }).waitFor();
    // The form empties its field once the add has finished: type again only after that.
    await page.getByText('已添加敏感词「赌博」').waitFor();
    await page.getByLabel('敏感词', { exact: true }).fill('赌博');
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await page.getByText('敏感词「赌博」已在词库中').waitFor();

    // A GBK list saved on Windows: two new words, one already there, a comment and a blank line.
    await page.getByRole('button', { name: '导入词表' }).click();
    const dialog = page.getByRole('dialog', { name: '导入词表' });
    const gbk = Buffer.from([0xb6, 0xc4, 0xb2, 0xa9, 0x0d, 0x0a, 0x23, 0x20, 0x31, 0x0d, 0x0a, 0x0d, 0x0a, 0xb7, 0xa2, 0xc6, 0xb1]); // 赌博 / # 1 / / 发票
    await dialog.locator('input[type=file]').setInputFiles({ name: 'words.txt', mimeType: 'text/plain', buffer: gbk });
    await dialog.getByText('words.txt(共 2 个词)').waitFor();
    await dialog.getByRole('radio', { name: '提醒' }).check();
    await dialog.getByRole('button', { name: '开始导入' }).click();
    await dialog.getByText('新增 1 个词,跳过 1 个(词库中已有)。').waitFor();
    await dialog.getByRole('button', { name: '完成' }).click();
    await row(page, '发票').filter({ hasText: '提醒' }).waitFor();

    await page.getByLabel('按级别筛选').click();
    await choose(page, '禁用');
    await row(page, '赌博').waitFor();
    await expect(row(page, '发票').count()).resolves.toBe(0);

    await row(page, '赌博').getByRole('button', { name: '删除' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await page.getByText('已删除敏感词「赌博」').waitFor();
    await page.getByText('没有符合条件的敏感词').waitFor();
    const words = (await stack.stack.http.get('/api/v1/platform/sensitive-words').set(admin)).body.items;
    expect(words.map((word: { word: string; level: string }) => [word.word, word.level])).toEqual([['发票', 'warn']]);
    expect(problems).toEqual([]);
    await close();
  });

  it('lets a unit keep its own words on its site', async () => {
    const unit = await site();
    const { page, problems, close } = await signedIn(unit.site.admin.username);
    await page.goto(`${stack.consoleUrl}s/${unit.site.id}/sensitive-words`);
    await page.getByRole('heading', { name: '本站敏感词' }).waitFor();
    await page.getByLabel('敏感词', { exact: true }).fill('内部资料');
    await page.getByRole('radio', { name: '提醒' }).check();
    await page.getByRole('button', { name: '添加', exact: true }).click();
    await row(page, '内部资料').filter({ hasText: '提醒' }).waitFor();
    expect((await stack.stack.http.get(`/api/v1/sites/${unit.site.id}/sensitive-words`).set(unit.auth)).body.items).toHaveLength(1);
    expect(problems).toEqual([]);
    await close();
  });

  it('lets the portal site’s own staff adopt and decline submissions, and the unit reads the outcome', async () => {
    const unit = await site({ name: '示范县教育局' });
    await stack.stack.http.put(`/api/v1/sites/${unit.site.id}/review-chain`).set(admin).send({ steps: [] }).expect(200);
    const target = await columnByPath(stack.stack, portal.auth, portal.site.id, 'zwdt/bmdt');
    const news = await columnByPath(stack.stack, unit.auth, unit.site.id, 'zwdt/gzdt');
    const submit = async (title: string) => {
      const article = await publishArticle(stack.stack, unit.auth, unit.site.id, {
        columnId: news.id,
        title,
        body: `<p>${title}。${'县教育局组织开展专项工作。'.repeat(10)}</p>`,
      });
      await stack.stack.http
        .post(`/api/v1/sites/${unit.site.id}/articles/${article.id}/syndicate`)
        .set(unit.auth)
        .send({ targetSiteId: portal.site.id, targetColumnId: target.id })
        .expect(201);
      return article;
    };
    const adoptedSource = await submit('县教育局开展校园安全检查');
    await submit('县教育局召开例会');

    // The portal's site admin is no platform admin: the queue is in their menu all the same.
    const { page, problems, close } = await signedIn(portal.site.admin.username);
    const nav = page.getByRole('navigation', { name: '主菜单' });
    await expect(nav.getByRole('menuitem', { name: '站点管理' }).count()).resolves.toBe(0);
    await nav.getByRole('menuitem', { name: '信息报送' }).click();
    await page.getByRole('heading', { name: '信息报送' }).waitFor();
    const adoptRow = row(page, '县教育局开展校园安全检查');
    await adoptRow.filter({ hasText: '示范县教育局' }).waitFor();
    expect(await adoptRow.getByRole('link', { name: /县教育局开展校园安全检查/ }).getAttribute('href')).toBe(adoptedSource.url);

    await adoptRow.getByRole('button', { name: '采用' }).click();
    const adoptDialog = page.getByRole('dialog', { name: '采用报送信息' });
    await adoptDialog.getByText('原文之后的修改会自动同步,原文下线时本站的也随之下线').waitFor();
    await adoptDialog.getByRole('radio', { name: /^复制/ }).check();
    await adoptDialog.getByRole('checkbox', { name: '重大新闻' }).check();
    await adoptDialog.getByRole('button', { name: '采用并发布' }).click();
    await page.getByText('已采用「县教育局开展校园安全检查」').waitFor();
    await adoptRow.waitFor({ state: 'detached' });

    const declineRow = row(page, '县教育局召开例会');
    await declineRow.getByRole('button', { name: '退回' }).click();
    const declineDialog = page.getByRole('dialog', { name: '退回报送信息' });
    await declineDialog.getByRole('button', { name: '退回' }).click();
    await declineDialog.getByText('请填写退回理由').waitFor();
    await declineDialog.getByLabel('退回理由').fill('内容属于内部工作安排,不宜在门户发布');
    await declineDialog.getByRole('button', { name: '退回' }).click();
    await page.getByText('已退回「县教育局召开例会」').waitFor();
    await page.getByText('没有报送信息').waitFor();

    await page.getByRole('radiogroup', { name: '处理状态' }).getByText('已采用').click();
    await row(page, '县教育局开展校园安全检查')
      .filter({ hasText: '复制' })
      .filter({ hasText: /\d+\.\d\d/ })
      .waitFor();

    // The adopted copy is published on the portal's column page (the portal is at www.).
    await citizensSee(page, stack.siteUrl('www', '/zwdt/bmdt/'), '县教育局开展校园安全检查');
    expect(problems).toEqual([]);
    await close();

    // The unit sees both outcomes, the decline with its reason.
    const unitView = await signedIn(unit.site.admin.username);
    await unitView.page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '报送记录' }).click();
    await row(unitView.page, '县教育局召开例会').filter({ hasText: '已退回' }).filter({ hasText: '内容属于内部工作安排' }).waitFor();
    await row(unitView.page, '县教育局开展校园安全检查').filter({ hasText: '已采用' }).waitFor();
    expect(unitView.problems).toEqual([]);
    await unitView.close();

    // Statistics: the unit's row, charts, and the workbook.
    const stats = await signedIn(portal.site.admin.username);
    await stats.page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '报送统计' }).click();
    await stats.page.getByRole('heading', { name: '报送统计' }).waitFor();
    const unitRow = row(stats.page, '示范县教育局').first();
    await unitRow.waitFor();
    expect((await unitRow.getByRole('cell').allInnerTexts()).slice(0, 5)).toEqual(['示范县教育局', '2', '1', '1', '50.0%']);
    await stats.page.getByRole('img', { name: /报送/ }).first().waitFor();
    const [download] = await Promise.all([
      stats.page.waitForEvent('download'),
      stats.page.getByRole('button', { name: '导出 Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect(stats.problems).toEqual([]);
    await stats.close();
  });

  it('keeps the 政府网站链接 block, with messages at the fields, and every footer shows it', async () => {
    const { page, problems, close } = await asAdmin();
    await page.goto(`${stack.consoleUrl}portal/links`);
    await page.getByRole('heading', { name: '政府网站链接' }).waitFor();
    await page.getByRole('button', { name: '添加链接' }).click();
    const dialog = page.getByRole('dialog', { name: '添加链接' });
    await dialog.getByLabel('网站名称').fill('示范市人民政府');
    await dialog.getByLabel('网址').fill('javascript:alert(1)');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('请填写以 http:// 或 https:// 开头的完整网址').waitFor();
    await dialog.getByLabel('网址').fill('https://www.shifan.gov.cn/');
    await dialog.getByRole('spinbutton', { name: '排序' }).fill('5');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByText('链接已添加').waitFor();
    await row(page, '示范市人民政府').filter({ hasText: '上级政府网站' }).waitFor();

    await row(page, '示范市人民政府').getByRole('button', { name: '编辑' }).click();
    const edit = page.getByRole('dialog', { name: '编辑链接' });
    await edit.getByRole('radio', { name: '同级政府网站' }).check();
    await edit.getByRole('button', { name: '保存' }).click();
    await row(page, '示范市人民政府').filter({ hasText: '同级政府网站' }).waitFor();
    await citizensSee(await page.context().newPage(), stack.siteUrl('www', '/'), 'https://www.shifan.gov.cn/');

    await row(page, '示范市人民政府').getByRole('button', { name: '删除' }).click();
    await page.getByRole('tooltip').getByRole('button', { name: '删除' }).click();
    await row(page, '示范市人民政府').waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
    await close();
  });

  it('shows the audit log with filters by action and user, in pages', async () => {
    const { page, problems, close } = await asAdmin();
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '审计日志' }).click();
    await page.getByRole('heading', { name: '审计日志' }).waitFor();
    await page.getByRole('row').filter({ hasText: 'session.login' }).first().waitFor();

    await page.getByLabel('操作', { exact: true }).fill('govLinks.create');
    await page.getByRole('button', { name: '查询' }).click();
    await page.waitForURL(/action=govLinks\.create/);
    await page.getByRole('row').filter({ hasText: 'session.login' }).first().waitFor({ state: 'detached' });
    const created = page.getByRole('row').filter({ hasText: 'govLinks.create' });
    await expect(created.first().innerText()).resolves.toMatch(/admin[\s\S]*示范市人民政府[\s\S]*成功 201/);

    // A user filter with no such actions leaves nothing; 重置 brings everything back.
    await page.getByLabel('用户', { exact: true }).click();
    await choose(page, /站点管理员/);
    await page.getByRole('button', { name: '查询' }).click();
    await page.getByText('没有符合条件的记录').waitFor();
    await page.getByRole('button', { name: '重置' }).click();
    await page.getByRole('row').filter({ hasText: 'session.login' }).first().waitFor();
    expect(problems).toEqual([]);
    await close();
  });
});
