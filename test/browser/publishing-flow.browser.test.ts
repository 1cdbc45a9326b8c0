import { get } from 'node:http';
import { adminLogin, eventually, provisionSite } from '../support/client';
import { sampleFiles } from '../support/sample-files';
import { makeDocx } from './fixtures/docx';
import { replaceInitialPassword, signedIn } from './support/accounts';
import { startConsoleStack, type ConsoleStack } from './support/console-stack';
import type { Page } from './support/browser';

jest.setTimeout(300_000);

/** An `<img>` as the page sees it (the server project has no DOM types). */
type Picture = { complete: boolean; naturalWidth: number };

/** The status apps/site answers for a citizen's URL (its host resolves only inside the test browser). */
function statusOf(url: URL): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: { host: url.host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on('error', reject);
  });
}

/** Word's clipboard HTML for a small table with a heading row, as a clerk copies it from a document. */
const WORD_TABLE = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
<!--StartFragment--><p class=MsoNormal><span style='font-family:仿宋'>各村报送情况如下:<o:p></o:p></span></p>
<table class=MsoTableGrid border=1 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
<tr><td width=120 style='width:90pt'><p class=MsoNormal><b>村名</b><o:p></o:p></p></td><td><p class=MsoNormal><b>户数</b></p></td></tr>
<tr><td><p class=MsoNormal><span lang=EN-US>东关村</span></p></td><td><p class=MsoNormal>326</p></td></tr>
</table><!--EndFragment--></body></html>`;

/**
 * A township clerk writes, imports and submits articles in the console; the unit leader, 两办 and
 * 保密 reviewers decide in their own sessions; the citizen finally reads the pages on the
 * township's site.
 */
describe('console: from the editor through the review chain to the township site', () => {
  let stack: ConsoleStack;
  let site: { id: number; code: string };
  const accounts = { clerk: '', leader: '', office: '', security: '' };

  /** A unit account with a password of its own (no forced change at first sign-in). */
  async function account(admin: { Authorization: string }, username: string, roles: string[]) {
    const created = await stack.stack.http
      .post(`/api/v1/sites/${site.id}/users`)
      .set(admin)
      .send({ username, displayName: username, roles, ...(roles.includes('portal_reviewer') ? { office: 'government' } : {}) });
    if (created.status !== 201) throw new Error(`user ${username}: ${created.status} ${JSON.stringify(created.body)}`);
    await replaceInitialPassword(stack.stack, username, created.body.initialPassword);
    return username;
  }

  beforeAll(async () => {
    stack = await startConsoleStack();
    const admin = await adminLogin(stack.stack);
    ({ site } = await provisionSite(stack.stack, admin, { kind: 'township', name: '示范县东关镇人民政府' }, { reviewChain: 'default' }));
    accounts.clerk = await account(admin, `dg_clerk_${site.id}`, ['editor']);
    accounts.leader = await account(admin, `dg_leader_${site.id}`, ['leader']);
    accounts.office = await account(admin, `dg_office_${site.id}`, ['portal_reviewer']);
    accounts.security = await account(admin, `dg_security_${site.id}`, ['security_reviewer']);
  });
  afterAll(() => stack?.close());

  // Two cores shared by the api, worker, site and browser: allow a slow step.
  const session = (username: string) => signedIn(stack, username, { timeout: 60_000 });

  async function chooseColumn(page: Page, name: string) {
    await page.getByLabel('栏目').click();
    await page
      .locator('.ant-select-tree-node-content-wrapper')
      .filter({ hasText: new RegExp(`^${name}$`) })
      .click();
  }

  async function submit(page: Page) {
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('已提交审核').waitFor();
    await page.waitForURL(/\/articles\/\d+$/);
    await page.getByText('文章正在审核中').waitFor();
    return Number(/\/articles\/(\d+)$/.exec(page.url())![1]);
  }

  /** Each reviewer, in chain order, opens the task from the inbox and decides on the review screen. */
  async function review(title: string, decisions: { user: string; decision: '通过' | '退回'; comment?: string }[]) {
    for (const { user, decision, comment } of decisions) {
      const { page, context, problems } = await session(user);
      await page.goto(`${stack.consoleUrl}reviews`);
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: `审核:${title}` }).waitFor();
      if (comment) await page.getByLabel('审核意见').fill(comment);
      await page.getByRole('button', { name: decision }).click();
      await page
        .getByText(decision === '通过' ? /已通过/ : /已退回/)
        .first()
        .waitFor();
      expect(problems).toEqual([]);
      await context.close();
    }
  }

  const approveAll = (title: string) =>
    review(title, [
      { user: accounts.leader, decision: '通过' },
      { user: accounts.office, decision: '通过' },
      { user: accounts.security, decision: '通过', comment: '未发现涉密内容' },
    ]);

  /** The article's public page, once the worker has written it, as a citizen opens it. */
  async function livePage(page: Page, articleId: number) {
    const admin = await adminLogin(stack.stack);
    const url = await eventually(async () => {
      const article = (await stack.stack.http.get(`/api/v1/sites/${site.id}/articles/${articleId}`).set(admin)).body;
      return article.status === 'published' && article.url;
    });
    const address = new URL(stack.siteUrl(site.code, new URL(url).pathname));
    // Asked outside the browser until the worker has written it: the citizen never meets a 404.
    await eventually(() => statusOf(address).then((status) => status === 200));
    await page.goto(address.href);
  }

  it('publishes a written article with a pasted Word table and an uploaded picture, and an imported .docx', async () => {
    const { page, context, problems } = await session(accounts.clerk);

    // 1. Write: title, column, a table pasted from Word, a picture uploaded from the editor.
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles/new`);
    await page.getByLabel('标题', { exact: true }).fill('东关镇开展冬季安全大检查');
    await chooseColumn(page, '工作动态');
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    await body.evaluate((element, html) => {
      const browser = globalThis as any; // runs in the page (the server project has no DOM types)
      const data = new browser.DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', '村名 户数');
      element.dispatchEvent(new browser.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, WORD_TABLE);
    await body.locator('table td', { hasText: '东关村' }).waitFor();
    expect(await body.innerHTML()).not.toMatch(/Mso|mso-|o:p/);
    await page.keyboard.press('Control+End');
    await page.getByRole('button', { name: '插入图片' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByText('点击或拖入图片文件上传').click();
    await (await chooser).setFiles({ name: '检查现场.png', mimeType: 'image/png', buffer: await sampleFiles.png(320, 200) });
    await body.locator('img[alt="检查现场"]').waitFor();
    await eventually(async () => (await body.locator('img').evaluate((img) => (img as Picture).naturalWidth)) === 320);
    const written = await submit(page);

    // 2. Import a .docx into a new article (its picture goes to the media library) and submit it.
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles`);
    const docxChooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: '导入 Word 文档' }).click();
    const docx = makeDocx({
      title: '东关镇召开村级换届工作会议',
      paragraph: '会议部署了换届各项工作。',
      png: await sampleFiles.png(240, 160),
    });
    await (await docxChooser).setFiles({ name: '换届会议.docx', mimeType: 'application/octet-stream', buffer: docx });
    await page.getByText(/已导入「换届会议.docx」,上传图片 1 张/).waitFor();
    expect(await page.getByLabel('标题', { exact: true }).inputValue()).toBe('东关镇召开村级换届工作会议');
    await page.getByRole('textbox', { name: '正文' }).getByText('会议部署了换届各项工作。').waitFor();
    await chooseColumn(page, '工作动态');
    const imported = await submit(page);
    expect(problems).toEqual([]);
    await context.close();

    // 3. The three levels approve each in their own session, on the review screens.
    await approveAll('东关镇开展冬季安全大检查');
    await approveAll('东关镇召开村级换届工作会议');

    // 4. The citizen reads both on the township's site: title, table, pictures.
    const citizen = await stack.newPage();
    await livePage(citizen.page, written);
    await citizen.page.getByRole('heading', { name: '东关镇开展冬季安全大检查' }).waitFor();
    expect(await citizen.page.locator('.article__body table td').allTextContents()).toEqual(['村名', '户数', '东关村', '326']);
    const picture = citizen.page.locator('.article__body img[alt="检查现场"]');
    await eventually(async () => (await picture.evaluate((img) => (img as Picture).complete && (img as Picture).naturalWidth)) === 320);
    await livePage(citizen.page, imported);
    await citizen.page.getByRole('heading', { name: '东关镇召开村级换届工作会议' }).waitFor();
    await citizen.page.getByText('会议部署了换届各项工作。').waitFor();
    const importedPicture = citizen.page.locator('.article__body img');
    await eventually(
      async () => (await importedPicture.evaluate((img) => (img as Picture).complete && (img as Picture).naturalWidth)) === 240,
    );
    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  });

  it('shows a rejection’s comment on the dashboard and in the editor; the edit is resubmitted and goes live', async () => {
    const { page, context, problems } = await session(accounts.clerk);
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles/new`);
    await page.getByLabel('标题', { exact: true }).fill('东关镇组织消防演练');
    await chooseColumn(page, '工作动态');
    await page.getByRole('textbox', { name: '正文' }).click();
    await page.keyboard.type('镇政府组织机关干部开展消防演练。');
    const articleId = await submit(page);

    await review('东关镇组织消防演练', [{ user: accounts.leader, decision: '退回', comment: '请补充演练时间和参加人数' }]);

    // The clerk's 工作台 lists it under 退回修改 with the comment; 去修改 opens the editor, which repeats it.
    await page.goto(`${stack.consoleUrl}s/${site.id}`);
    await page.getByText('退回意见:请补充演练时间和参加人数').waitFor();
    await page.getByRole('link', { name: '修改「东关镇组织消防演练」' }).click();
    await page.waitForURL(new RegExp(`/articles/${articleId}$`));
    await page.getByText('审核退回,请修改后重新提交').waitFor();
    await page.getByText(/退回意见:请补充演练时间和参加人数/).waitFor();
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('12月1日上午,60余名干部参加。');
    await submit(page);
    expect(problems).toEqual([]);
    await context.close();

    await approveAll('东关镇组织消防演练');
    const citizen = await stack.newPage();
    await livePage(citizen.page, articleId);
    await citizen.page.getByRole('heading', { name: '东关镇组织消防演练' }).waitFor();
    await citizen.page.getByText('镇政府组织机关干部开展消防演练。12月1日上午,60余名干部参加。').waitFor();
    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  });

  it('keeps what is typed across a reload, marks blocked words and refuses them, previews the page as the site shows it', async () => {
    const admin = await adminLogin(stack.stack);
    await stack.stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '赌博', level: 'block' }).expect(201);
    const { page, context, problems } = await session(accounts.clerk);
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles/new`);
    await page.getByLabel('标题', { exact: true }).fill('关于打击赌博的通告');
    await chooseColumn(page, '通知公告');
    const body = page.getByRole('textbox', { name: '正文' });
    await body.click();
    await page.keyboard.type('严禁聚众赌博。');
    await page.getByText(/已在本机暂存/).waitFor();

    // Nothing typed is lost: a reload offers the local copy back.
    await page.reload();
    await page.getByText(/未保存的内容,是否恢复/).waitFor();
    await page.getByRole('button', { name: '恢复' }).click();
    expect(await page.getByLabel('标题', { exact: true }).inputValue()).toBe('关于打击赌博的通告');
    await body.getByText('严禁聚众赌博。').waitFor();

    // A blocked word stops the submission, listed by field and marked in the text (not in the body's HTML).
    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('内容含有禁用的敏感词,请修改后再提交').waitFor();
    expect(await page.getByRole('list', { name: '禁用词' }).getByRole('listitem').allTextContents()).toEqual([
      '标题:「赌博」',
      '正文:「赌博」',
    ]);
    expect(await body.locator('.sensitive-word--block').allTextContents()).toEqual(['赌博']);
    expect(page.url()).toMatch(/\/articles\/new$/);

    await page.getByLabel('标题', { exact: true }).fill('关于打击违法活动的通告');
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('严禁聚众从事违法活动。');
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.frameLocator('iframe[title="文章预览"]');
    await preview.getByRole('heading', { name: '关于打击违法活动的通告' }).waitFor();
    await preview.getByText('严禁聚众从事违法活动。').waitFor();
    await page.getByRole('button', { name: 'Close' }).or(page.getByLabel('关闭')).first().click();
    await submit(page);
    expect(await body.locator('.sensitive-word').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps a live article up while its edit waits for review, and shows the edit against the live version', async () => {
    const { page, context, problems } = await session(accounts.clerk);
    await page.goto(`${stack.consoleUrl}s/${site.id}/articles?status=published`);
    await page.getByRole('link', { name: '东关镇组织消防演练', exact: true }).click();
    const body = page.getByRole('textbox', { name: '正文' });
    await body.getByText(/60余名干部参加/).waitFor();
    await body.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('演练结束后进行了点评。');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText(/网站上仍是已发布的版本;下面是修改后的内容/).waitFor();
    await page.getByText('修改待审核').waitFor();

    await page.getByRole('button', { name: '版本记录' }).click();
    await page.getByLabel('版本差异').getByText('+<p>演练结束后进行了点评。</p>').waitFor();
    await page.keyboard.press('Escape');

    const citizen = await stack.newPage();
    const articleId = Number(/\/articles\/(\d+)$/.exec(page.url())![1]);
    await livePage(citizen.page, articleId);
    await citizen.page.getByText(/60余名干部参加/).waitFor();
    expect(await citizen.page.getByText('演练结束后进行了点评。').count()).toBe(0);

    await submit(page);
    await page.getByText(/正在审核,通过后才会替换网页/).waitFor();
    expect(problems).toEqual([]);
    await context.close();
    await approveAll('东关镇组织消防演练');
    await eventually(async () => {
      await citizen.page.reload();
      return (await citizen.page.getByText('演练结束后进行了点评。').count()) === 1;
    });
    expect(citizen.problems).toEqual([]);
    await citizen.context.close();
  });
});
