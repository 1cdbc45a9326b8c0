import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, columnByPath, eventually, login, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

describe('review chain: unit leader → 两办 → 保密审查', () => {
  let stack: TestStack;
  let admin: Auth;
  let site: any;
  let editor: Auth;
  let leader: Auth;
  let office: Auth;
  let security: Auth;
  let newsId: number;

  async function user(username: string, roles: string[], siteId = site.id, auth: Auth = admin) {
    // A 两办 reviewer belongs to an office (the test site is a government unit).
    const office = roles.includes('portal_reviewer') ? 'government' : undefined;
    const created = await stack.http
      .post(`/api/v1/sites/${siteId}/users`)
      .set(auth)
      .send({ username, displayName: username, roles, office });
    expect(created.status).toBe(201);
    return { id: created.body.id as number, auth: await login(stack, username, created.body.initialPassword) };
  }

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site } = await provisionSite(stack, admin, { name: '示范县审核测试局' }, { reviewChain: 'default' }));
    editor = (await user('wf_editor', ['editor'])).auth;
    leader = (await user('wf_leader', ['leader'])).auth;
    office = (await user('wf_office', ['portal_reviewer'])).auth;
    security = (await user('wf_security', ['security_reviewer'])).auth;
    newsId = (await columnByPath(stack, editor, site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  async function submitted(title: string) {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: newsId, title, body: '<p>正文</p>' });
    const response = await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(editor);
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('pending');
    return created.body.id as number;
  }
  const inbox = async (auth: Auth) => (await stack.http.get('/api/v1/reviews').query({ status: 'pending' }).set(auth)).body.items as any[];
  const taskFor = async (auth: Auth, articleId: number) => (await inbox(auth)).find((task) => task.articleId === articleId);
  /** Each reviewer in turn approves the article's pending task. */
  async function approveBy(reviewers: Auth[], articleId: number): Promise<void> {
    for (const reviewer of reviewers) {
      await stack.http
        .post(`/api/v1/reviews/${(await taskFor(reviewer, articleId)).id}/approve`)
        .set(reviewer)
        .send({})
        .expect(200);
    }
  }
  const status = async (articleId: number) =>
    (await stack.http.get(`/api/v1/sites/${site.id}/articles/${articleId}`).set(editor)).body.status;

  it('walks the three levels one at a time and publishes on the last approval', async () => {
    const id = await submitted('三级审核的文章');
    expect(await taskFor(office, id)).toBeUndefined();
    const first = await taskFor(leader, id);
    expect(first).toMatchObject({
      articleId: id,
      siteId: site.id,
      step: 1,
      stepCount: 3,
      stepName: '本单位领导审核',
      title: '三级审核的文章',
    });
    expect((await stack.http.post(`/api/v1/reviews/${first.id}/approve`).set(leader).send({ comment: '同意' })).body).toEqual({
      articleStatus: 'pending',
    });
    const second = await taskFor(office, id);
    expect(second).toMatchObject({ step: 2, stepName: '两办审核' });
    await stack.http.post(`/api/v1/reviews/${second.id}/approve`).set(office).send({});
    const third = await taskFor(security, id);
    expect(third).toMatchObject({ step: 3, stepName: '保密审查' });
    expect((await stack.http.post(`/api/v1/reviews/${third.id}/approve`).set(security).send({})).body).toEqual({
      articleStatus: 'published',
    });
    expect(await status(id)).toBe('published');

    const history = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}/history`).set(editor)).body.items;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'created',
      'submitted',
      'approved',
      'approved',
      'approved',
      'published',
    ]);
    expect(history[2]).toMatchObject({
      step: 1,
      comment: '同意',
      userId: expect.any(Number),
      userName: 'wf_leader',
      at: expect.any(String),
    });
    expect(history[0]).toMatchObject({ action: 'created', userName: 'wf_editor' });
  });

  it('returns a rejected article to its author, with a required comment; resubmission restarts the chain', async () => {
    const id = await submitted('将被退回的文章');
    const task = await taskFor(leader, id);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/reject`).set(leader).send({})).status).toBe(400);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/reject`).set(leader).send({ comment: '  ' })).status).toBe(400);
    const rejected = await stack.http.post(`/api/v1/reviews/${task.id}/reject`).set(leader).send({ comment: '数据需要核实' });
    expect(rejected.body).toEqual({ articleStatus: 'rejected' });
    expect(await status(id)).toBe('rejected');
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    expect((await taskFor(leader, id)).step).toBe(1);
  });

  it("lists the caller's own articles and the comment of the rejection an article waits on", async () => {
    const id = await submitted('待退回的列表文章');
    const other = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(admin)
      .send({ columnId: newsId, title: '别人的草稿', body: '<p>x</p>' });
    await stack.http
      .post(`/api/v1/reviews/${(await taskFor(leader, id)).id}/reject`)
      .set(leader)
      .send({ comment: '请补充数据来源' })
      .expect(200);
    const list = async (query: Record<string, string>) =>
      (await stack.http.get(`/api/v1/sites/${site.id}/articles`).query(query).set(editor)).body.items as any[];
    const mine = await list({ mine: 'true', pageSize: '100' });
    expect(mine.some((item) => item.id === id)).toBe(true);
    expect(mine.some((item) => item.id === other.body.id)).toBe(false);
    expect((await list({ pageSize: '100' })).some((item) => item.id === other.body.id)).toBe(true);
    expect((await stack.http.get(`/api/v1/sites/${site.id}/articles`).query({ mine: 'yes' }).set(editor)).status).toBe(400);
    const returned = (await list({ status: 'rejected', mine: 'true', pageSize: '100' })).find((item) => item.id === id);
    expect(returned.lastRejection).toMatchObject({ action: 'rejected', comment: '请补充数据来源', step: 1, userName: 'wf_leader' });
    expect(
      (await list({ mine: 'true', pageSize: '100' })).find((item) => item.id !== id && item.status === 'published')?.lastRejection,
    ).toBeNull();
    // Submitted again: no longer returned, so no rejection to show.
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    expect((await list({ mine: 'true', pageSize: '100' })).find((item) => item.id === id).lastRejection).toBeNull();
  });

  it('shows a reviewer the task: the article, the change against the live version, warn words and named history', async () => {
    await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '博彩', level: 'warn' }).expect(201);
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: newsId, title: '送审的新文章', body: '<p>打击博彩专项行动</p><p>第二段</p>' });
    const id = created.body.id as number;
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    const task = await taskFor(leader, id);
    const detail = (await stack.http.get(`/api/v1/reviews/${task.id}`).set(leader).expect(200)).body;
    expect(detail).toMatchObject({
      id: task.id,
      articleId: id,
      siteName: '示范县审核测试局',
      stepName: '本单位领导审核',
      status: 'pending',
      revision: null,
      warnings: [{ word: '博彩', level: 'warn', field: 'body', count: 1 }],
      article: { id, title: '送审的新文章', body: '<p>打击博彩专项行动</p><p>第二段</p>', columnName: '工作动态', url: null },
    });
    // A new article: everything is inserted, nothing removed.
    expect(detail.diff).toContain('+标题: 送审的新文章');
    expect(detail.diff).toContain('+<p>第二段</p>');
    expect(detail.diff.split('\n').some((line: string) => line.startsWith('-') && !line.startsWith('---'))).toBe(false);
    expect(detail.history.map((h: any) => [h.action, h.userName])).toEqual([
      ['created', 'wf_editor'],
      ['submitted', 'wf_editor'],
    ]);

    // An edit of the live article: the edit against the live version.
    await approveBy([leader, office, security], id);
    await stack.http
      .patch(`/api/v1/sites/${site.id}/articles/${id}`)
      .set(editor)
      .send({ title: '改过的标题', body: '<p>打击博彩专项行动</p><p>改过的第二段</p>' })
      .expect(200);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    const edit = await taskFor(leader, id);
    const editDetail = (await stack.http.get(`/api/v1/reviews/${edit.id}`).set(leader).expect(200)).body;
    expect(editDetail.revision).toEqual(expect.any(Number));
    expect(editDetail.article).toMatchObject({ title: '改过的标题', status: 'published', url: expect.stringContaining('http') });
    expect(editDetail.diff).toContain('-标题: 送审的新文章');
    expect(editDetail.diff).toContain('+标题: 改过的标题');
    expect(editDetail.diff).toContain('-<p>第二段</p>');
    expect(editDetail.diff).toContain('+<p>改过的第二段</p>');
    expect(editDetail.diff).not.toContain('-<p>打击博彩专项行动</p>');
    expect(editDetail.history.filter((h: any) => h.action === 'approved').map((h: any) => h.userName)).toEqual([
      'wf_leader',
      'wf_office',
      'wf_security',
    ]);

    // Readable by exactly those who may act on it: other steps, other sites and the author get nothing.
    expect((await stack.http.get(`/api/v1/reviews/${edit.id}`).set(office)).status).toBe(404);
    expect((await stack.http.get(`/api/v1/reviews/${edit.id}`).set(editor)).status).toBe(404);
    const other = await provisionSite(stack, admin, {}, { reviewChain: 'default' });
    const outsider = await user('wf_outsider_view', ['leader'], other.site.id, other.siteAdmin);
    expect((await stack.http.get(`/api/v1/reviews/${edit.id}`).set(outsider.auth)).status).toBe(404);
    expect((await stack.http.get('/api/v1/reviews/abc').set(leader)).status).toBe(404);
    const both = await user('wf_author_leader', ['site_admin', 'leader']);
    const own = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(both.auth)
      .send({ columnId: newsId, title: '自己写的', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${own.body.id}/submit`).set(both.auth).expect(200);
    expect((await stack.http.get(`/api/v1/reviews/${(await taskFor(leader, own.body.id)).id}`).set(both.auth)).status).toBe(403);

    // After the decision the task stays readable, with its status.
    await stack.http.post(`/api/v1/reviews/${edit.id}/reject`).set(leader).send({ comment: '标题再斟酌' }).expect(200);
    const decided = (await stack.http.get(`/api/v1/reviews/${edit.id}`).set(leader).expect(200)).body;
    expect(decided.status).toBe('rejected');
    expect(decided.history.at(-1)).toMatchObject({ action: 'rejected', comment: '标题再斟酌', userName: 'wf_leader', step: 1 });
  });

  it('lets the author withdraw while pending', async () => {
    const id = await submitted('撤回的文章');
    expect((await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/withdraw`).set(editor)).body).toEqual({ status: 'draft' });
    expect(await taskFor(leader, id)).toBeUndefined();
    expect((await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/withdraw`).set(editor)).status).toBe(409);
  });

  it('never lets anyone approve their own article', async () => {
    const own = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(leader)
      .send({ columnId: newsId, title: '领导自己写的', body: '<p>x</p>' });
    expect(own.status).toBe(403); // a leader is not a writer here; use a site admin who also leads
    const both = await user('wf_admin_leader', ['site_admin', 'leader']);
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(both.auth)
      .send({ columnId: newsId, title: '自审文章', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(both.auth).expect(200);
    expect((await inbox(both.auth)).some((task) => task.articleId === created.body.id)).toBe(false);
    const task = await taskFor(leader, created.body.id);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(both.auth).send({})).status).toBe(403);
  });

  it('lets exactly one of two racing approvals win; the other gets 409', async () => {
    const id = await submitted('并发审批');
    const second = await user('wf_leader2', ['leader']);
    const task = await taskFor(leader, id);
    const results = await Promise.all([
      stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(leader).send({}),
      stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(second.auth).send({}),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await inbox(office)).filter((t) => t.articleId === id)).toHaveLength(1);
  });

  it('hides tasks of other sites and of other roles (404), and validates ids', async () => {
    const id = await submitted('他站不可见');
    const task = await taskFor(leader, id);
    const other = await provisionSite(stack, admin, {}, { reviewChain: 'default' });
    const outsider = await user('wf_outsider', ['leader'], other.site.id, other.siteAdmin);
    expect((await inbox(outsider.auth)).some((t) => t.articleId === id)).toBe(false);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(outsider.auth).send({})).status).toBe(404);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(office).send({})).status).toBe(404);
    expect((await stack.http.post('/api/v1/reviews/abc/approve').set(leader).send({})).status).toBe(404);
    expect((await stack.http.get('/api/v1/reviews').query({ status: 'done' }).set(leader)).status).toBe(400);
  });

  it('lets the portal center shorten the chain for a column, and an empty chain publishes on submit', async () => {
    const notices = await columnByPath(stack, editor, site.id, 'zwdt/tzgg');
    expect(
      (await stack.http.put(`/api/v1/sites/${site.id}/columns/${notices.id}/review-chain`).set(editor).send({ steps: [] })).status,
    ).toBe(403);
    expect(
      (
        await stack.http
          .put(`/api/v1/sites/${site.id}/columns/${notices.id}/review-chain`)
          .set(admin)
          .send({ steps: ['boss'] })
      ).status,
    ).toBe(400);
    await stack.http
      .put(`/api/v1/sites/${site.id}/columns/${notices.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: notices.id, title: '一级审核的通知', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(editor).expect(200);
    const task = await taskFor(leader, created.body.id);
    expect(task.stepCount).toBe(1);
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(leader).send({})).body).toEqual({ articleStatus: 'published' });

    await stack.http.put(`/api/v1/sites/${site.id}/columns/${notices.id}/review-chain`).set(admin).send({ steps: [] }).expect(200);
    const direct = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: notices.id, title: '直接发布', body: '<p>x</p>' });
    expect((await stack.http.post(`/api/v1/sites/${site.id}/articles/${direct.body.id}/submit`).set(editor)).body.status).toBe('published');
    expect((await stack.http.get('/api/v1/platform/review-chain').set(admin)).body).toEqual({
      steps: ['leader', 'portal_reviewer', 'security_reviewer'],
    });
  });

  it('keeps the published version live while an edit goes through the chain; approval replaces it', async () => {
    const id = await submitted('已发布后修改');
    await approveBy([leader, office, security], id);
    const live = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}`).set(editor)).body;
    expect(live.status).toBe('published');
    const path = join(stack.config.publishRoot, 'sites', site.code, new URL(live.url).pathname);
    await eventually(() => existsSync(path) && readFileSync(path, 'utf8').includes('已发布后修改'));

    const edited = await stack.http.patch(`/api/v1/sites/${site.id}/articles/${id}`).set(editor).send({ title: '修改后的标题' });
    expect(edited.body).toMatchObject({ status: 'published', title: '已发布后修改', pendingRevision: expect.any(Number) });
    expect((await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor)).body.status).toBe('published');
    const task = await taskFor(leader, id);
    expect(task.revision).toBe(edited.body.pendingRevision);
    await approveBy([leader, office], id);
    // Still under review: the live page keeps the published title.
    expect(readFileSync(path, 'utf8')).toContain('已发布后修改');
    await stack.http
      .post(`/api/v1/reviews/${(await taskFor(security, id)).id}/approve`)
      .set(security)
      .send({})
      .expect(200);
    const after = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}`).set(editor)).body;
    expect(after).toMatchObject({ status: 'published', title: '修改后的标题', pendingRevision: null });
    await eventually(() => readFileSync(path, 'utf8').includes('修改后的标题'));
  });

  it('rejects an edit of a live article back to its author, the published version staying live', async () => {
    const id = await submitted('被驳回修改的文章');
    await approveBy([leader, office, security], id);
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/${id}`).set(editor).send({ title: '不妥的修改' }).expect(200);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    const rejected = await stack.http
      .post(`/api/v1/reviews/${(await taskFor(leader, id)).id}/reject`)
      .set(leader)
      .send({ comment: '标题不妥' })
      .expect(200);
    expect(rejected.body.articleStatus).toBe('published');
    const article = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}`).set(editor)).body;
    expect(article).toMatchObject({ status: 'published', title: '被驳回修改的文章' });
    const history = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}/history`).set(editor)).body.items;
    expect(history.at(-1)).toMatchObject({ action: 'rejected', comment: '标题不妥', step: 1 });
    // The author fixes the edit and submits it again: the chain starts over.
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/${id}`).set(editor).send({ title: '妥当的修改' }).expect(200);
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${id}/submit`).set(editor).expect(200);
    expect(await taskFor(leader, id)).toMatchObject({ step: 1, revision: expect.any(Number) });
  });

  it('routes the 两办 step by site category to the portal center office, and 保密审查 to the portal center', async () => {
    const portal = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' }, { reviewChain: 'default' });
    async function portalReviewer(username: string, role: string, office?: string) {
      const created = await stack.http
        .post(`/api/v1/sites/${portal.site.id}/users`)
        .set(admin)
        .send({ username, displayName: username, roles: [role], ...(office ? { office } : {}) });
      expect(created.status).toBe(201);
      return login(stack, username, created.body.initialPassword);
    }
    const government = await portalReviewer('office_gov', 'portal_reviewer', 'government');
    const party = await portalReviewer('office_party', 'portal_reviewer', 'party');
    const confidentiality = await portalReviewer('office_secret', 'security_reviewer');
    const badOffice = { username: 'x_office', displayName: 'x', roles: ['editor'], office: 'church' };
    expect((await stack.http.post(`/api/v1/sites/${portal.site.id}/users`).set(admin).send(badOffice)).status).toBe(400);
    const byUnit = { username: 'x_office2', displayName: 'x', roles: ['editor'], office: 'party' };
    expect((await stack.http.post(`/api/v1/sites/${portal.site.id}/users`).set(portal.siteAdmin).send(byUnit)).status).toBe(403);

    const id = await submitted('按类别分派两办审核');
    await stack.http
      .post(`/api/v1/reviews/${(await taskFor(leader, id)).id}/approve`)
      .set(leader)
      .send({})
      .expect(200);
    expect(await taskFor(party, id)).toBeUndefined();
    const task = await taskFor(government, id);
    expect(task).toMatchObject({ step: 2, stepName: '两办审核' });
    expect((await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(party).send({})).status).toBe(404);
    await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(government).send({}).expect(200);
    const last = await taskFor(confidentiality, id);
    expect(last).toMatchObject({ step: 3, stepName: '保密审查' });
    expect((await stack.http.post(`/api/v1/reviews/${last.id}/approve`).set(confidentiality).send({})).body).toEqual({
      articleStatus: 'published',
    });

    await stack.http.patch(`/api/v1/sites/${site.id}`).set(admin).send({ category: 'party' }).expect(200);
    const partyArticle = await submitted('党群单位的文章');
    await stack.http
      .post(`/api/v1/reviews/${(await taskFor(leader, partyArticle)).id}/approve`)
      .set(leader)
      .send({})
      .expect(200);
    expect(await taskFor(government, partyArticle)).toBeUndefined();
    expect(await taskFor(party, partyArticle)).toMatchObject({ step: 2 });
    await stack.http.patch(`/api/v1/sites/${site.id}`).set(admin).send({ category: 'government' }).expect(200);
  });

  it('shows warn-level sensitive words to every reviewer in the task', async () => {
    await stack.http.post('/api/v1/platform/sensitive-words').set(admin).send({ word: '彩票', level: 'warn' }).expect(201);
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: newsId, title: '体育彩票公益金使用情况', body: '<p>x</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(editor).expect(200);
    expect((await taskFor(leader, created.body.id)).warnings).toEqual([{ word: '彩票', level: 'warn', field: 'title', count: 1 }]);
  });
});
