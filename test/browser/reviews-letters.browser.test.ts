import { DEMO_PASSWORD } from '@zhanqun/demo';
import { columnByPath, login } from '../support/client';
import { signIn, startConsoleStack, type ConsoleStack } from './support/console-stack';

jest.setTimeout(180_000);

type Auth = { Authorization: string };

/**
 * The review chain and 互动交流 through the console, on the demo group: 教育局's leader approves,
 * the county office (两办) returns the article with a comment, the author sees it on the 工作台;
 * a letter handler answers a citizen's letter and the citizen reads it in 信件选登.
 */
describe('console: reviews and letters', () => {
  let stack: ConsoleStack;
  let siteId: number;
  let author: Auth;

  beforeAll(async () => {
    stack = await startConsoleStack({ demo: true });
    author = await login(stack.stack, 'jyj_admin', DEMO_PASSWORD);
    siteId = (await stack.stack.http.get('/api/v1/sites').set(author)).body.items.find((site: { code: string }) => site.code === 'jyj').id;
  });
  afterAll(() => stack?.close());

  async function submitted(title: string): Promise<number> {
    const news = await columnByPath(stack.stack, author, siteId, 'zwdt/gzdt');
    const created = await stack.stack.http
      .post(`/api/v1/sites/${siteId}/articles`)
      .set(author)
      .send({ columnId: news.id, title, body: '<p>全县共有 12 所学校参加。</p>' });
    await stack.stack.http.post(`/api/v1/sites/${siteId}/articles/${created.body.id}/submit`).set(author).expect(200);
    return created.body.id;
  }

  it('a leader approves, 两办 returns it with a comment, and the author reads the comment on the 工作台', async () => {
    const title = '关于开展春季校园安全检查的通知';
    await submitted(title);

    const leader = await stack.newPage();
    await signIn(leader.page, stack.consoleUrl, 'jyj_leader', DEMO_PASSWORD);
    await leader.page.goto(`${stack.consoleUrl}reviews`);
    await leader.page.getByRole('link', { name: title }).click();
    await leader.page.getByRole('heading', { name: `审核:${title}` }).waitFor();
    await leader.page.getByText('新文章', { exact: true }).waitFor();
    await leader.page.getByLabel('审核意见').fill('同意发布');
    await leader.page.getByRole('button', { name: '通过' }).click();
    await leader.page.getByText('已通过,已转入下一步审核').waitFor();
    await leader.page.getByRole('heading', { name: '审核待办' }).waitFor();
    await leader.page.getByText('没有等您审核的文章').waitFor();
    expect(leader.problems).toEqual([]);
    await leader.context.close();

    const office = await stack.newPage();
    await signIn(office.page, stack.consoleUrl, 'lb_shenhe', DEMO_PASSWORD);
    await office.page.goto(`${stack.consoleUrl}reviews`);
    const row = office.page.getByRole('row').filter({ hasText: title });
    await row.getByText('第 2/3 步 · 两办审核').waitFor();
    await row.getByRole('link', { name: title }).click();
    // The leader's decision is on the timeline, by name, with the comment.
    await office.page.getByText('教育局分管领导', { exact: true }).waitFor();
    await office.page.getByText('意见:同意发布').waitFor();
    // The body is shown in the sandboxed frame.
    await office.page.frameLocator('iframe[title="正文"]').getByText('全县共有 12 所学校参加。').waitFor();
    await office.page.getByRole('button', { name: '退回' }).click();
    await office.page.getByText('退回时必须填写审核意见,写明需要修改的地方').waitFor();
    await office.page.getByLabel('审核意见').fill('请补充检查的时间安排和责任人');
    await office.page.getByRole('button', { name: '退回' }).click();
    await office.page.getByText('已退回,作者会在工作台看到您的意见').waitFor();
    await office.page.getByRole('heading', { name: '审核待办' }).waitFor();
    expect(office.problems).toEqual([]);
    await office.context.close();

    const writer = await stack.newPage();
    await signIn(writer.page, stack.consoleUrl, 'jyj_admin', DEMO_PASSWORD);
    await writer.page.goto(`${stack.consoleUrl}s/${siteId}`);
    await writer.page.getByRole('heading', { name: '工作台' }).waitFor();
    const returned = writer.page.getByRole('listitem').filter({ hasText: title });
    await returned.getByText('退回意见:请补充检查的时间安排和责任人').waitFor();
    await returned.getByText('县政府办公室审核员(第 2 步)').waitFor();
    expect(await returned.getByRole('link', { name: title, exact: true }).getAttribute('href')).toMatch(
      new RegExp(`/admin/s/${siteId}/articles/\\d+$`),
    );
    expect(writer.problems).toEqual([]);
    await writer.context.close();
  });

  it('tells a reviewer in a sentence when someone else decided first', async () => {
    const title = '县教育局2026年春季开学工作安排';
    const id = await submitted(title);
    const { page, context, problems } = await stack.newPage();
    await signIn(page, stack.consoleUrl, 'jyj_leader', DEMO_PASSWORD);
    await page.goto(`${stack.consoleUrl}reviews`);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: `审核:${title}` }).waitFor();
    // Meanwhile the task is decided elsewhere.
    const leader = await login(stack.stack, 'jyj_leader', DEMO_PASSWORD);
    const task = (await stack.stack.http.get('/api/v1/reviews').set(leader)).body.items.find(
      (item: { articleId: number }) => item.articleId === id,
    );
    await stack.stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(leader).send({}).expect(200);
    await page.getByRole('button', { name: '通过' }).click();
    await page.getByRole('alert').filter({ hasText: '该审核任务已处理。您的操作没有生效,请返回审核待办查看其他任务。' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a letter handler answers a letter and publishes it; the citizen reads the reply in 信件选登', async () => {
    const created = await stack.stack.http
      .post(`/api/v1/sites/${siteId}/users`)
      .set(author)
      .send({ username: 'jyj_xinjian', displayName: '教育局信件办理员', roles: ['letter_handler'] });
    const handlerAuth = await login(stack.stack, 'jyj_xinjian', created.body.initialPassword);
    await stack.stack.http
      .post('/api/v1/auth/password')
      .set(handlerAuth)
      .send({ oldPassword: created.body.initialPassword, newPassword: 'Xinjian2026' })
      .expect(204);

    const citizen = await stack.newPage();
    await citizen.page.goto(stack.siteUrl('jyj', '/interaction/mailbox'));
    await citizen.page.getByLabel('信件标题').fill('建议延长图书馆周末开放时间');
    await citizen.page.getByLabel('信件内容').fill('周末图书馆下午五点就关门,希望延长到晚上八点。<b>谢谢</b>');
    await citizen.page.getByRole('textbox', { name: '姓名' }).fill('赵小明');
    await citizen.page.getByLabel('联系电话').fill('13912345678');
    await citizen.page.getByLabel(/同意在“信件选登”中公开/).check();
    await citizen.page.getByRole('button', { name: '提交' }).click();
    await citizen.page
      .getByText(/查询码/)
      .first()
      .waitFor();

    const handler = await stack.newPage();
    await signIn(handler.page, stack.consoleUrl, 'jyj_xinjian', 'Xinjian2026');
    await handler.page.goto(`${stack.consoleUrl}s/${siteId}/letters`);
    await handler.page.getByRole('link', { name: '建议延长图书馆周末开放时间' }).click();
    await handler.page.getByRole('heading', { name: '建议延长图书馆周末开放时间' }).waitFor();
    // The citizen's text is plain text: the markup shows as typed.
    await handler.page.getByText('希望延长到晚上八点。<b>谢谢</b>').waitFor();
    // A second tab on the same letter, to answer it again after the first reply.
    const second = await handler.context.newPage();
    await second.goto(handler.page.url());
    await second.getByLabel('答复内容').fill('重复的答复');

    await handler.page.getByLabel('答复内容').fill('您好!自下月起图书馆周末开放至晚上八点。感谢您的建议。');
    await handler.page.getByLabel('公开到信件选登').check();
    await handler.page.getByRole('button', { name: '提交答复' }).click();
    await handler.page.getByText('已答复,信件和答复已公开到信件选登').waitFor();
    await handler.page.getByText('已公开', { exact: true }).waitFor();

    await second.getByRole('button', { name: '提交答复' }).click();
    await second.getByRole('alert').filter({ hasText: '这封信已经答复过了。其他办理人员已先答复,您的答复没有提交。' }).waitFor();
    expect(handler.problems).toEqual([]);
    await handler.context.close();

    await citizen.page.goto(stack.siteUrl('jyj', '/interaction/letters'));
    await citizen.page.getByText('建议延长图书馆周末开放时间').waitFor();
    await citizen.page.getByText('您好!自下月起图书馆周末开放至晚上八点。感谢您的建议。').waitFor();
    expect(await citizen.page.content()).not.toContain('赵小明');
    await citizen.context.close();
  });
});
