import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ArticlePublication } from '@zhanqun/content';
import { MediaQuotas } from '@zhanqun/media';
import { chinaDate, runInTenant } from '@zhanqun/shared';
import { adminLogin, columnByPath, eventually, login, provisionSite, publishArticle } from './support/client';
import { sampleFiles } from './support/sample-files';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };
interface Unit {
  site: any;
  auth: Auth;
  newsId: number;
}

describe('syndication (信息报送): submit, adopt as reference or copy, decline, rules, statistics', () => {
  let stack: TestStack;
  let admin: Auth;
  let portal: Unit;
  let unit: Unit;
  let other: Unit;
  let portalNewsId: number;
  let portalPageId: number;

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    const p = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
    portal = { site: p.site, auth: p.siteAdmin, newsId: (await columnByPath(stack, p.siteAdmin, p.site.id, 'zwdt/zwyw')).id };
    portalNewsId = (await columnByPath(stack, portal.auth, portal.site.id, 'zwdt/bmdt')).id;
    portalPageId = (await columnByPath(stack, portal.auth, portal.site.id, 'jggk/jgzn')).id;
    for (const [name, assign] of [
      ['示范县教育局', (u: Unit) => (unit = u)],
      ['示范县卫健委', (u: Unit) => (other = u)],
    ] as const) {
      const { site, siteAdmin } = await provisionSite(stack, admin, { name });
      assign({ site, auth: siteAdmin, newsId: (await columnByPath(stack, siteAdmin, site.id, 'zwdt/gzdt')).id });
    }
  });
  afterAll(() => stack.close());

  async function publish(u: Unit, title: string, extra: Record<string, unknown> = {}): Promise<number> {
    return (await publishArticle(stack, u.auth, u.site.id, { columnId: u.newsId, title, body: `<p>${title}的正文。</p>`, ...extra })).id;
  }

  function syndicate(u: Unit, articleId: number | string, target: Record<string, unknown> = {}, as = u.auth) {
    return stack.http
      .post(`/api/v1/sites/${u.site.id}/articles/${articleId}/syndicate`)
      .set(as)
      .send({ targetSiteId: portal.site.id, targetColumnId: portalNewsId, ...target });
  }
  const adopt = (id: number, body: Record<string, unknown> = {}, as = portal.auth) =>
    stack.http.post(`/api/v1/syndications/${id}/adopt`).set(as).send(body);
  const decline = (id: number, body: Record<string, unknown>, as = portal.auth) =>
    stack.http.post(`/api/v1/syndications/${id}/decline`).set(as).send(body);
  const portalArticle = async (id: number) =>
    (await stack.http.get(`/api/v1/sites/${portal.site.id}/articles/${id}`).set(portal.auth)).body;
  /** The portal's article once `ready` holds: a reference follows its source in the worker's outbox relay, after the API answered. */
  const portalArticleOnce = (id: number, ready: (article: any) => boolean) =>
    eventually(async () => {
      const article = await portalArticle(id);
      return ready(article) && article;
    });
  /** Once the worker's outbox relay has delivered every reaction so far: what did not happen by then does not. */
  const relayed = () =>
    eventually(async () => Number((await stack.infrastructure.dataSource.query('SELECT COUNT(*) AS n FROM outbox_messages'))[0].n) === 0);
  const sourceArticle = async (u: Unit, id: number) => (await stack.http.get(`/api/v1/sites/${u.site.id}/articles/${id}`).set(u.auth)).body;
  const page = (url: string) => join(stack.config.publishRoot, 'sites', portal.site.code, new URL(url).pathname);

  it('lets the portal center set the rates (yuan in, fen stored, two decimals out)', async () => {
    expect((await stack.http.get('/api/v1/platform/syndication-rates').set(unit.auth)).body).toEqual({
      charsPerUnit: 100,
      pricePerUnit: '2.00',
      headlineBonus: '20.00',
      majorBonus: '20.00',
      pictureBonus: '20.00',
    });
    const rates = { charsPerUnit: 100, pricePerUnit: 2, headlineBonus: 10, majorBonus: 30, pictureBonus: 50.5 };
    expect((await stack.http.put('/api/v1/platform/syndication-rates').set(portal.auth).send(rates)).status).toBe(403);
    for (const bad of [
      { ...rates, pricePerUnit: -1 },
      { ...rates, pricePerUnit: 1.234 },
      { ...rates, headlineBonus: 7e-323 }, // written with an exponent: a 500 before (found by the fuzzer)
      { ...rates, majorBonus: '三十元' },
      { ...rates, charsPerUnit: 0 },
      { ...rates, headlineBonus: 1e12 },
      { ...rates, pictureBonus: undefined },
      { ...rates, extra: 1 },
    ]) {
      const response = await stack.http.put('/api/v1/platform/syndication-rates').set(admin).send(bad);
      expect(response.status).toBe(400);
      if (!('extra' in bad)) expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const saved = await stack.http.put('/api/v1/platform/syndication-rates').set(admin).send(rates);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ pricePerUnit: '2.00', headlineBonus: '10.00', majorBonus: '30.00', pictureBonus: '50.50' });
  });

  it('queues a submission for the portal staff only; adopting a copy publishes it with its source named and linked', async () => {
    const articleId = await publish(unit, '教育局召开全县教育工作会议', { author: '办公室' });
    const submitted = await syndicate(unit, articleId);
    expect(submitted.status).toBe(201);
    expect(submitted.body).toEqual({ id: expect.any(Number), status: 'submitted' });
    expect((await syndicate(unit, articleId)).status).toBe(409);

    const queue = await stack.http.get('/api/v1/syndications?status=submitted').set(portal.auth);
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((i: any) => i.id === submitted.body.id);
    const source = await sourceArticle(unit, articleId);
    expect(item).toMatchObject({
      status: 'submitted',
      sourceUnit: '示范县教育局',
      title: '教育局召开全县教育工作会议',
      sourceUrl: source.url,
      targetColumnName: '部门动态',
      submittedBy: { id: expect.any(Number), displayName: '站点管理员' },
    });
    expect(item.submittedAt).toBeTruthy();
    // The unit neither sees nor decides the portal's queue.
    expect((await stack.http.get('/api/v1/syndications').set(unit.auth)).body).toMatchObject({ items: [], total: 0 });
    expect((await stack.http.get(`/api/v1/syndications?targetSiteId=${portal.site.id}`).set(unit.auth)).status).toBe(403);
    expect((await adopt(submitted.body.id, {}, unit.auth)).status).toBe(403);
    expect((await decline(submitted.body.id, { reason: '无' }, unit.auth)).status).toBe(403);
    expect((await stack.http.get('/api/v1/syndications').set(admin)).body.total).toBeGreaterThan(0);

    const adopted = await adopt(submitted.body.id, { mode: 'copy', major: true });
    expect(adopted.status).toBe(200);
    expect(adopted.body.status).toBe('adopted');
    expect((await adopt(submitted.body.id)).status).toBe(409);
    expect((await decline(submitted.body.id, { reason: '重复' })).status).toBe(409);
    expect((await syndicate(unit, articleId)).status).toBe(409);

    const copy = await portalArticle(adopted.body.articleId);
    expect(copy).toMatchObject({
      status: 'published',
      columnId: portalNewsId,
      title: source.title,
      source: '示范县教育局',
      sourceUrl: source.url,
    });
    const html = await eventually(() => existsSync(page(copy.url)) && readFileSync(page(copy.url), 'utf8'));
    expect(html).toContain('本文转载自示范县教育局');
    expect(html).toContain(`<a href="${source.url}" rel="noopener">查看原文</a>`);

    // A copy does not follow later edits of the source; the portal may edit it.
    await stack.http.patch(`/api/v1/sites/${unit.site.id}/articles/${articleId}`).set(unit.auth).send({ title: '标题已修改' }).expect(200);
    expect((await portalArticle(adopted.body.articleId)).title).toBe('教育局召开全县教育工作会议');
    const edited = await stack.http
      .patch(`/api/v1/sites/${portal.site.id}/articles/${copy.id}`)
      .set(portal.auth)
      .send({ title: '门户编辑后的标题' });
    expect(edited.status).toBe(200);
  });

  it("brings the unit's cover and attachments along as the portal's own files: picture news on the portal home", async () => {
    const upload = async (content: Buffer, name: string) =>
      (await stack.http.post(`/api/v1/sites/${unit.site.id}/media`).set(unit.auth).attach('file', content, name)).body;
    const cover = await upload(await sampleFiles.png(), '开学典礼.png');
    const plan = await upload(sampleFiles.pdf(), '实施方案.pdf');
    const articleId = await publish(unit, '全县中小学开学典礼', { pictureNews: true, coverImageId: cover.id, attachmentIds: [plan.id] });
    const adopted = await adopt((await syndicate(unit, articleId)).body.id, { mode: 'reference' });
    expect(adopted.status).toBe(200);
    const reference = await portalArticle(adopted.body.articleId);
    expect(reference.pictureNews).toBe(true);
    expect(reference.coverImageId).not.toBe(cover.id);
    expect(reference.attachmentIds).toHaveLength(1);
    const files = (await stack.http.get(`/api/v1/sites/${portal.site.id}/media`).set(portal.auth)).body.items;
    const portalCover = files.find((file: any) => file.id === reference.coverImageId);
    const portalPlan = files.find((file: any) => file.id === reference.attachmentIds[0]);
    expect(portalPlan.name).toBe('实施方案.pdf');
    const portalFile = (path: string) => join(stack.config.publishRoot, 'sites', portal.site.code, path);
    await eventually(() => existsSync(portalFile(portalPlan.publicPath)) && existsSync(portalFile(portalCover.thumbnailPath)));
    await eventually(
      () => existsSync(portalFile('index.html')) && readFileSync(portalFile('index.html'), 'utf8').includes(portalCover.thumbnailPath),
    );
    expect(readFileSync(page(reference.url), 'utf8')).toContain(`href="${portalPlan.publicPath}" download="实施方案.pdf"`);

    // The reference follows its source offline, and its files leave the portal with it.
    await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${articleId}/unpublish`).set(unit.auth).expect(200);
    await eventually(() => !existsSync(portalFile(portalPlan.publicPath)));
  });

  it("counts copied files against the portal's quota: a full portal refuses the adoption (413) and keeps no article", async () => {
    const cover = (
      await stack.http
        .post(`/api/v1/sites/${unit.site.id}/media`)
        .set(unit.auth)
        .attach('file', await sampleFiles.png(), '封面.png')
    ).body;
    const articleId = await publish(unit, '配额已满时的采用', { pictureNews: true, coverImageId: cover.id });
    const submitted = await syndicate(unit, articleId);
    const quotas = stack.api.get(MediaQuotas);
    const inPortal = <T>(work: () => Promise<T>) => runInTenant({ siteId: portal.site.id }, work);
    const { quotaBytes, usedBytes } = await inPortal(() => quotas.usage());
    await inPortal(() => quotas.set(usedBytes));
    try {
      const refused = await adopt(submitted.body.id, { mode: 'copy' });
      expect(refused.status).toBe(413);
      expect(refused.body.message).toContain('站点存储空间不足');
    } finally {
      await inPortal(() => quotas.set(quotaBytes));
    }
    const titled = await stack.infrastructure.dataSource.query('SELECT id FROM articles WHERE site_id = ? AND title = ?', [
      portal.site.id,
      '配额已满时的采用',
    ]);
    expect(titled).toEqual([]);
    expect((await adopt(submitted.body.id, { mode: 'copy' })).status).toBe(200);
  });

  it('keeps a reference in step with its source: edits, unpublishing and publishing again', async () => {
    const articleId = await publish(unit, '教育局开展校园安全检查');
    const submitted = await syndicate(unit, articleId);
    const adopted = await adopt(submitted.body.id, { mode: 'reference' });
    expect(adopted.status).toBe(200);
    const reference = await portalArticle(adopted.body.articleId);
    expect(reference.status).toBe('published');

    const edit = await stack.http
      .patch(`/api/v1/sites/${unit.site.id}/articles/${articleId}`)
      .set(unit.auth)
      .send({ title: '教育局开展校园安全大检查', body: '<p>检查覆盖全县<a href="/zwdt/index.html">所有学校</a>。</p>' });
    expect(edit.status).toBe(200);
    const followed = await portalArticleOnce(reference.id, (article) => article.title === '教育局开展校园安全大检查');
    expect(followed).toMatchObject({ status: 'published', title: '教育局开展校园安全大检查' });
    // Links relative to the unit's site point there on the portal.
    expect(followed.body).toMatch(/href="http:\/\/[^"]+\/zwdt\/index\.html"/);
    await eventually(() => existsSync(page(followed.url)) && readFileSync(page(followed.url), 'utf8').includes('校园安全大检查'));

    await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${articleId}/unpublish`).set(unit.auth).expect(200);
    await portalArticleOnce(reference.id, (article) => article.status === 'offline');
    await eventually(() => !existsSync(page(followed.url)));

    const again = await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${articleId}/submit`).set(unit.auth);
    expect(again.body.status).toBe('published');
    await portalArticleOnce(reference.id, (article) => article.status === 'published');

    // Deleting the source takes the reference offline for good.
    await stack.http.delete(`/api/v1/sites/${unit.site.id}/articles/${articleId}`).set(unit.auth).expect(204);
    await portalArticleOnce(reference.id, (article) => article.status === 'offline');
  });

  it('follows an edit of the source once its review chain approves it', async () => {
    await stack.http
      .put(`/api/v1/sites/${unit.site.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    const created = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/users`)
      .set(unit.auth)
      .send({ username: 'synd_reviewer', displayName: '审核领导', roles: ['leader'] });
    const leader = await login(stack, 'synd_reviewer', created.body.initialPassword);
    const approve = async (articleId: number) => {
      const tasks = (await stack.http.get('/api/v1/reviews?status=pending').set(leader)).body.items as any[];
      const task = tasks.find((t) => t.articleId === articleId);
      await stack.http.post(`/api/v1/reviews/${task.id}/approve`).set(leader).send({}).expect(200);
    };
    try {
      const draft = await stack.http
        .post(`/api/v1/sites/${unit.site.id}/articles`)
        .set(unit.auth)
        .send({ columnId: unit.newsId, title: '经审核发布的稿件', body: '<p>初稿</p>' });
      await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${draft.body.id}/submit`).set(unit.auth).expect(200);
      await approve(draft.body.id);
      const submitted = await syndicate(unit, draft.body.id);
      const reference = (await adopt(submitted.body.id)).body.articleId;

      await stack.http
        .patch(`/api/v1/sites/${unit.site.id}/articles/${draft.body.id}`)
        .set(unit.auth)
        .send({ body: '<p>修订稿</p>' })
        .expect(200);
      await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${draft.body.id}/submit`).set(unit.auth).expect(200);
      expect((await portalArticle(reference)).body).toBe('<p>初稿</p>');
      await approve(draft.body.id);
      await portalArticleOnce(reference, (article) => article.body === '<p>修订稿</p>');
    } finally {
      await stack.http.put(`/api/v1/sites/${unit.site.id}/review-chain`).set(admin).send({ steps: [] }).expect(200);
    }
  });

  it('leaves no article behind when an adoption fails part-way, so a retry makes exactly one', async () => {
    const articleId = await publish(unit, '教育局召开安全生产专题会议');
    const submitted = await syndicate(unit, articleId);
    const countInColumn = async () =>
      Number(
        (
          await stack.infrastructure.dataSource.query('SELECT COUNT(*) AS n FROM articles WHERE site_id = ? AND title = ?', [
            portal.site.id,
            '教育局召开安全生产专题会议',
          ])
        )[0].n,
      );
    // Fault injection: the queue is unreachable just as the adopted article goes live.
    const publication = stack.api.get(ArticlePublication);
    const failing = jest.spyOn(publication, 'publish').mockRejectedValueOnce(new Error('Redis unreachable'));
    try {
      expect((await adopt(submitted.body.id)).status).toBeGreaterThanOrEqual(500);
    } finally {
      failing.mockRestore();
    }
    expect(await countInColumn()).toBe(0);
    const waiting = await stack.http.get('/api/v1/syndications?status=submitted').set(portal.auth);
    expect(waiting.body.items.find((item: any) => item.id === submitted.body.id)).toMatchObject({ status: 'submitted' });
    const retried = await adopt(submitted.body.id).expect(200);
    expect(retried.body.status).toBe('adopted');
    expect(await countInColumn()).toBe(1);
  });

  it('declines with a required reason; the article may be submitted again', async () => {
    const articleId = await publish(unit, '教育局学习贯彻会议精神');
    const submitted = await syndicate(unit, articleId);
    for (const body of [{}, { reason: '' }, { reason: '   ' }, { reason: 42 }, { reason: '长'.repeat(501) }, { reason: 'a\u0001b' }]) {
      const response = await decline(submitted.body.id, body);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    const reason = '内容与门户定位不符 <script>alert(1)</script> 😀';
    const declined = await decline(submitted.body.id, { reason });
    expect(declined.status).toBe(200);
    expect(declined.body).toEqual({ status: 'declined' });
    expect((await adopt(submitted.body.id)).status).toBe(409);
    const listed = await stack.http.get('/api/v1/syndications?status=declined').set(portal.auth);
    expect(listed.body.items.find((i: any) => i.id === submitted.body.id).declineReason).toBe(reason);
    // The unit sees its own submissions and the reason; not another unit's.
    const own = await stack.http.get(`/api/v1/sites/${unit.site.id}/syndications?status=declined`).set(unit.auth);
    expect(own.body.items.find((i: any) => i.id === submitted.body.id)).toMatchObject({ status: 'declined', declineReason: reason });
    expect((await stack.http.get(`/api/v1/sites/${unit.site.id}/syndications`).set(other.auth)).status).toBe(403);
    expect((await stack.http.get(`/api/v1/sites/${unit.site.id}/syndications?status=x`).set(unit.auth)).status).toBe(400);
    expect((await syndicate(unit, articleId)).status).toBe(201);
  });

  it('submits automatically what goes live in a column with a rule', async () => {
    const rule = `/api/v1/sites/${unit.site.id}/columns/${unit.newsId}/syndication-rule`;
    const editor = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/users`)
      .set(unit.auth)
      .send({ username: 'synd_editor', displayName: '编辑', roles: ['editor'] });
    const editorAuth = await login(stack, 'synd_editor', editor.body.initialPassword);
    const target = { targetSiteId: portal.site.id, targetColumnId: portalNewsId };
    expect((await stack.http.put(rule).set(editorAuth).send(target)).status).toBe(403);
    expect((await stack.http.get(rule).set(unit.auth)).status).toBe(404);
    expect(
      (
        await stack.http
          .put(rule)
          .set(unit.auth)
          .send({ ...target, targetColumnId: portalPageId })
      ).status,
    ).toBe(400);
    expect(
      (
        await stack.http
          .put(rule)
          .set(unit.auth)
          .send({ ...target, targetSiteId: other.site.id })
      ).status,
    ).toBe(400);
    expect((await stack.http.put(rule).set(unit.auth).send({ targetSiteId: 'x', targetColumnId: null })).status).toBe(400);
    expect(
      (await stack.http.put(`/api/v1/sites/${unit.site.id}/columns/${other.newsId}/syndication-rule`).set(unit.auth).send(target)).status,
    ).toBe(404);
    expect(
      (await stack.http.put(`/api/v1/sites/${other.site.id}/columns/${other.newsId}/syndication-rule`).set(unit.auth).send(target)).status,
    ).toBe(403);

    const saved = await stack.http.put(rule).set(unit.auth).send(target);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ columnId: unit.newsId, ...target });
    expect((await stack.http.get(rule).set(editorAuth)).body).toMatchObject(target);

    const articleId = await publish(unit, '教育局自动报送的动态');
    // The rule submits in the worker's outbox relay, after the API answered.
    const submittedByRule = await eventually(async () => {
      const queue = (await stack.http.get('/api/v1/syndications?status=submitted').set(portal.auth)).body.items;
      return queue.find((i: any) => i.sourceArticleId === articleId);
    });
    expect(submittedByRule).toMatchObject({ automatic: true, sourceUnit: '示范县教育局' });

    // Scheduled publication goes live in the worker: the rule applies there too.
    const scheduled = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/articles`)
      .set(unit.auth)
      .send({ columnId: unit.newsId, title: '定时发布的动态', body: '<p>定时</p>', publishAt: new Date(Date.now() + 1500).toISOString() });
    expect((await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${scheduled.body.id}/submit`).set(unit.auth)).body.status).toBe(
      'scheduled',
    );
    await eventually(async () => {
      const items = (await stack.http.get('/api/v1/syndications?status=submitted').set(portal.auth)).body.items;
      return items.some((i: any) => i.sourceArticleId === scheduled.body.id && i.automatic);
    });

    expect((await stack.http.delete(rule).set(unit.auth)).status).toBe(204);
    expect((await stack.http.delete(rule).set(unit.auth)).status).toBe(404);
    const later = await publish(unit, '规则删除后发布的动态');
    await relayed();
    const after = (await stack.http.get('/api/v1/syndications?status=submitted').set(portal.auth)).body.items;
    expect(after.some((i: any) => i.sourceArticleId === later)).toBe(false);
  });

  it('does not pass an adopted article onwards by the rule of the column it lands in', async () => {
    const portalRule = `/api/v1/sites/${portal.site.id}/columns/${portalNewsId}/syndication-rule`;
    await stack.http.put(portalRule).set(portal.auth).send({ targetSiteId: other.site.id, targetColumnId: other.newsId }).expect(200);
    try {
      const articleId = await publish(unit, '教育局报送门户的稿件');
      const adopted = await adopt((await syndicate(unit, articleId)).body.id);
      expect(adopted.status).toBe(200);
      await relayed();
      const othersQueue = (await stack.http.get('/api/v1/syndications').set(other.auth)).body.items as any[];
      expect(othersQueue.some((i) => i.sourceArticleId === adopted.body.articleId)).toBe(false);
    } finally {
      await stack.http.delete(portalRule).set(portal.auth).expect(204);
    }
  });

  it('refuses other sites’ articles, wrong targets and bad input with clear 4xx', async () => {
    const articleId = await publish(unit, '教育局隔离测试');
    const othersArticle = await publish(other, '卫健委的文章');
    expect((await syndicate(unit, othersArticle)).status).toBe(404);
    expect(
      (await stack.http.post(`/api/v1/sites/${other.site.id}/articles/${othersArticle}/syndicate`).set(unit.auth).send({})).status,
    ).toBe(403);
    const cases: [Record<string, unknown>, number][] = [
      [{ targetColumnId: portalPageId }, 400],
      [{ targetSiteId: other.site.id }, 400],
      [{ targetSiteId: unit.site.id, targetColumnId: unit.newsId }, 400],
      [{ targetSiteId: 999999 }, 400],
      [{ targetColumnId: 999999 }, 400],
      [{ targetSiteId: '1' }, 400],
      [{ targetSiteId: -1 }, 400],
      [{ targetColumnId: 1.5 }, 400],
      [{ targetColumnId: 1e20 }, 400],
      [{ targetSiteId: '<script>' }, 400],
      [{ extra: '😀' }, 400],
    ];
    for (const [target, status] of cases) {
      const response = await syndicate(unit, articleId, target);
      expect(response.status).toBe(status);
      if (!('extra' in target)) expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect((await syndicate(unit, 'abc')).status).toBe(404);
    expect((await syndicate(unit, 99999999)).status).toBe(404);
    const draft = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/articles`)
      .set(unit.auth)
      .send({ columnId: unit.newsId, title: '草稿', body: '<p>草稿</p>' });
    expect((await syndicate(unit, draft.body.id)).status).toBe(409);
    expect((await adopt(99999999)).status).toBe(404);
    expect((await stack.http.post('/api/v1/syndications/abc/adopt').set(portal.auth).send({})).status).toBe(404);
    const submitted = await syndicate(unit, articleId);
    for (const body of [{ mode: 'link' }, { major: 'yes' }, { headline: 1 }, { mode: 'copy', extra: true }]) {
      expect((await adopt(submitted.body.id, body)).status).toBe(400);
    }
    for (const query of ['status=open', 'page=0', 'pageSize=1000', 'targetSiteId=abc']) {
      expect((await stack.http.get(`/api/v1/syndications?${query}`).set(portal.auth)).status).toBe(400);
    }
    // The source going offline before the decision: nothing to adopt.
    await stack.http.post(`/api/v1/sites/${unit.site.id}/articles/${articleId}/unpublish`).set(unit.auth).expect(200);
    expect((await adopt(submitted.body.id)).status).toBe(409);
  });

  it('counts submissions per unit and period with the remuneration, and exports them as xlsx', async () => {
    // 150 and 250 characters: 2 and 3 units of 100 characters at ¥2.
    const cover = await stack.http
      .post(`/api/v1/sites/${other.site.id}/media`)
      .set(other.auth)
      .attach('file', await sampleFiles.png(), 'cover.png');
    const long = await publish(other, '卫健委长稿', { body: `<p>${'健'.repeat(150)}</p>` });
    const picture = await publish(other, '卫健委图片新闻', {
      body: `<p>${'康 '.repeat(250)}</p>`,
      pictureNews: true,
      coverImageId: cover.body.id,
    });
    const declined = await publish(other, '卫健委不采用稿');
    const pending = await publish(other, '卫健委待处理稿');
    const ids: number[] = [];
    for (const id of [long, picture, declined, pending]) ids.push((await syndicate(other, id)).body.id);
    expect((await adopt(ids[0], { mode: 'copy', major: true })).status).toBe(200); // 4.00 + 30.00
    expect((await adopt(ids[1], { headline: true })).status).toBe(200); // 6.00 + 10.00 + 50.50
    expect((await decline(ids[2], { reason: '质量不高' })).status).toBe(200);

    const today = chinaDate(new Date());
    const query = `from=${today}&to=${today}&siteId=${other.site.id}`;
    const expected = {
      siteId: other.site.id,
      siteName: '示范县卫健委',
      submitted: 4,
      adopted: 2,
      declined: 1,
      adoptionRate: '50.0',
      chars: 400,
      remuneration: '100.50',
    };
    for (const as of [admin, portal.auth]) {
      const stats = await stack.http.get(`/api/v1/syndications/stats?${query}`).set(as);
      expect(stats.status).toBe(200);
      expect(stats.body.items).toEqual([expect.objectContaining(expected)]);
      expect(stats.body.totals).toMatchObject({ submitted: 4, adopted: 2, remuneration: '100.50' });
    }
    const all = await stack.http.get(`/api/v1/syndications/stats?from=${today}&to=${today}`).set(admin);
    expect(all.body.items.map((i: any) => i.siteName)).toEqual(expect.arrayContaining(['示范县教育局', '示范县卫健委']));
    expect(all.body.totals.submitted).toBe(all.body.items.reduce((sum: number, i: any) => sum + i.submitted, 0));
    const yesterday = chinaDate(new Date(Date.now() - 86400000));
    expect((await stack.http.get(`/api/v1/syndications/stats?from=${yesterday}&to=${yesterday}`).set(admin)).body.items).toEqual([]);

    // A unit's staff see only what was submitted to their own site: nothing here.
    expect((await stack.http.get(`/api/v1/syndications/stats?${query}`).set(unit.auth)).body.items).toEqual([]);
    const leader = await stack.http
      .post(`/api/v1/sites/${unit.site.id}/users`)
      .set(unit.auth)
      .send({ username: 'synd_leader', displayName: '领导', roles: ['leader'] });
    const leaderAuth = await login(stack, 'synd_leader', leader.body.initialPassword);
    expect((await stack.http.get(`/api/v1/syndications/stats?${query}`).set(leaderAuth)).status).toBe(403);
    expect((await stack.http.get(`/api/v1/syndications/stats.xlsx?${query}`).set(leaderAuth)).status).toBe(403);
    for (const bad of [
      '',
      `from=${today}`,
      'from=2026-02-30&to=2026-03-01',
      'from=2026-13-01&to=2026-12-01',
      'from=2026-05-02&to=2026-05-01',
      'from=abc&to=def',
      `from=${today}&to=${today}&siteId=x`,
    ]) {
      const response = await stack.http.get(`/api/v1/syndications/stats?${bad}`).set(admin);
      expect(response.status).toBe(400);
      expect(response.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }

    const file = await stack.http.get(`/api/v1/syndications/stats.xlsx?${query}`).set(admin).buffer(true).responseType('blob');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toContain('spreadsheetml');
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`信息报送统计_${today}_${today}.xlsx`)}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.getWorksheet('信息报送统计')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['报送单位', '报送数', '采用数', '不采用数', '采用率(%)', '采用字数', '稿酬(元)']);
    expect(values(2)).toEqual(['示范县卫健委', 4, 2, 1, 50, 400, 100.5]);
    expect(values(3)).toEqual(['合计', 4, 2, 1, 50, 400, 100.5]);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getColumn(1).width).toBeGreaterThan(20);
  });
});
