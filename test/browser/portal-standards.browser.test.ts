import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, eventually, provisionSite } from '../support/client';
import type { Page } from './support/browser';
import { signIn, startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(300_000);

const GREEN = '#0a5c36';

describe('console: the portal center’s standards (八统一) and templates', () => {
  let stack: ConsoleStack;
  let admin: { Authorization: string };
  const codes: string[] = [];
  const homeFile = (code: string) => join(stack.stack.config.publishRoot, 'sites', code, 'index.html');

  beforeAll(async () => {
    stack = await startConsoleStack();
    admin = await adminLogin(stack.stack);
    for (const overrides of [
      { kind: 'portal', code: 'www', name: '示范县人民政府' },
      { name: '示范县教育局' },
      { kind: 'township', name: '城关镇' },
    ]) {
      const { site } = await provisionSite(stack.stack, admin, overrides);
      codes.push(site.code);
    }
    await eventually(() => codes.every((code) => existsSync(homeFile(code))), 60_000);
  });
  afterAll(() => stack?.close());

  /** The main colour a citizen's browser applies to the site's home page: the token and the identity header. */
  async function primaryColourOn(page: Page, code: string) {
    await page.goto(stack.siteUrl(code, '/'));
    // A string: it runs in the page (the server project has no DOM types).
    return page.evaluate<{ token: string; header: string }>(`({
      token: getComputedStyle(document.documentElement).getPropertyValue('--zq-primary').trim(),
      header: getComputedStyle(document.querySelector('.identity')).backgroundColor,
    })`);
  }

  it('changes the main colour, previews it, rebuilds the group to 100 % and every site shows it', async () => {
    const { page, context, problems } = await stack.newPage();
    for (const code of codes) expect((await primaryColourOn(page, code)).token).toBe('#b5121b');

    await signIn(page, stack.consoleUrl, 'admin', stack.stack.config.adminPassword!);
    await page.goto(`${stack.consoleUrl}portal/standards`);
    await page.getByRole('heading', { name: '八统一标准' }).waitFor();
    await page.getByRole('tab', { name: '统一风格' }).click();
    await page.getByRole('group', { name: '标准风格' }).getByLabel('主色', { exact: true }).fill(GREEN);

    // The preview beside the form renders a page of a site under the draft.
    const preview = page.locator('iframe[title="页面预览"]');
    await eventually(async () => (await preview.getAttribute('srcdoc'))?.includes(`--zq-primary:${GREEN}`), 30_000);
    expect(await preview.getAttribute('sandbox')).toBe('');
    await page.getByText('基于第 1 版 · 1 项标准有修改').waitFor();
    await page.getByRole('button', { name: '查看修改' }).click();
    const changes = page.getByRole('dialog', { name: '与第 1 版(现行)相比的修改' });
    await changes.getByText(`"primaryColor": "${GREEN}",`).waitFor();
    await changes
      .getByRole('button', { name: 'Close' })
      .or(changes.getByRole('button', { name: '关闭' }))
      .first()
      .click();

    await page.getByRole('button', { name: '保存并重建' }).click();
    await page.getByRole('dialog', { name: '保存为第 2 版并重建全部站点?' }).getByRole('button', { name: '保存并重建' }).click();
    const progress = page.getByRole('progressbar', { name: '全部站点重建进度' });
    await progress.waitFor({ timeout: 90_000 }); // saving validates the profile and plans the whole group's rebuild
    await eventually(async () => (await progress.getAttribute('aria-valuenow')) === '100', 120_000);
    await page
      .getByText(/第 2 版已生效/)
      .first()
      .waitFor();
    await page.getByText('已完成', { exact: true }).waitFor();
    await page.getByText('基于第 2 版 · 没有修改').waitFor();

    // The run is listed under 发布任务 as finished.
    await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '发布任务' }).click();
    const run = page.getByRole('row').filter({ hasText: '全部站点' }).first();
    await run.getByText('已完成').waitFor();
    expect(await run.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('100');

    for (const code of codes) {
      expect(await primaryColourOn(page, code)).toEqual({ token: GREEN, header: 'rgb(10, 92, 54)' });
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('marks a Handlebars error at its line in the template editor and saves nothing', async () => {
    const original = (await stack.stack.http.get('/api/v1/platform/templates/page.home').set(admin)).body.source as string;
    const lines = original.split('\n');
    const broken = [...lines.slice(0, 2), '{{#if site.name}}', ...lines.slice(2)].join('\n');
    const pageBefore = readFileSync(homeFile(codes[1]), 'utf8');

    const { page, context, problems } = await stack.newPage();
    await signIn(page, stack.consoleUrl, 'admin', stack.stack.config.adminPassword!);
    await page.goto(`${stack.consoleUrl}portal/templates`);
    await page.getByRole('navigation', { name: '模板列表' }).getByRole('menuitem', { name: '首页模板' }).click();
    await page.getByRole('heading', { name: '首页模板' }).waitFor();
    const editor = page.getByRole('textbox', { name: '模板源代码' });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText(broken);
    await page.getByRole('button', { name: '保存', exact: true }).click();

    const alert = page.getByRole('alert').filter({ hasText: '模板有误,未保存' });
    await alert.getByText('第 3 行第 1 列:语法错误:{{#if}} 没有对应的 {{/if}}').waitFor();
    // The lint marker sits in the gutter beside line 3, over the opening of the block.
    const marker = page.locator('.cm-gutter-lint .cm-lint-marker-error');
    await marker.waitFor();
    const lineNumber = page.locator('.cm-lineNumbers .cm-gutterElement').filter({ hasText: /^3$/ });
    const [markerBox, lineBox] = [await marker.boundingBox(), await lineNumber.boundingBox()];
    expect(Math.abs(markerBox!.y + markerBox!.height / 2 - (lineBox!.y + lineBox!.height / 2))).toBeLessThan(lineBox!.height / 2);
    expect(await page.locator('.cm-lintRange-error').textContent()).toBe('{{#if site.name}}');

    // Nothing was saved: the template and the published pages are as they were.
    expect((await stack.stack.http.get('/api/v1/platform/templates/page.home').set(admin)).body.source).toBe(original);
    await page.goto(stack.siteUrl(codes[1], '/'));
    await page.locator('.identity').waitFor();
    expect(readFileSync(homeFile(codes[1]), 'utf8')).toBe(pageBefore);
    expect(problems).toEqual([]);
    await context.close();
  });
});
