import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, columnByPath, eventually, login, provisionSite } from '../support/client';
import { outboxBacklog, reviewProblems } from './support/invariants';
import { startProcessStack, type ProcessStack } from './support/process-stack';

type Auth = { Authorization: string };

/** How often each crash point is hit: a few in `npm test`, more with FAULT_REPEATS (docs/reliability.md). */
const REPEATS = Number(process.env.FAULT_REPEATS ?? 1);

/**
 * kill -9 of apps/api inside approvals and adoptions (test-only crash points, ZQ_CRASH_AT): after
 * the restart every article is in exactly one consistent state — the decision happened entirely
 * or not at all — and once decided again it goes live exactly once, through the outbox.
 */
describe('apps/api killed inside approvals and adoptions', () => {
  let stack: ProcessStack;
  let admin: Auth;
  let site: { id: number; code: string };
  let portal: { id: number; auth: Auth; newsId: number };
  let editor: Auth;
  let reviewers: Auth[];
  let newsId: number;
  const crashes: Record<string, number> = {};

  beforeAll(async () => {
    stack = await startProcessStack();
    await stack.startApi();
    await stack.startWorker();
    admin = await adminLogin(stack);
    const p = await provisionSite(stack, admin, { kind: 'portal', name: '示范县人民政府' });
    portal = { id: p.site.id, auth: p.siteAdmin, newsId: (await columnByPath(stack, p.siteAdmin, p.site.id, 'zwdt/bmdt')).id };
    ({ site } = await provisionSite(stack, admin, { name: '故障测试局' }, { reviewChain: 'default' }));
    const user = async (username: string, roles: string[]) => {
      const office = roles.includes('portal_reviewer') ? 'government' : undefined;
      const created = await stack.http
        .post(`/api/v1/sites/${site.id}/users`)
        .set(admin)
        .send({ username, displayName: username, roles, office });
      return login(stack, username, created.body.initialPassword);
    };
    editor = await user('fault_editor', ['editor']);
    reviewers = [
      await user('fault_leader', ['leader']),
      await user('fault_office', ['portal_reviewer']),
      await user('fault_security', ['security_reviewer']),
    ];
    newsId = (await columnByPath(stack, editor, site.id, 'zwdt/gzdt')).id;
  }, 120000);
  afterAll(async () => {
    console.log(`api crashes by point: ${JSON.stringify(crashes)}`);
    await stack?.close();
  });

  async function submitted(title: string): Promise<number> {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(editor)
      .send({ columnId: newsId, title, body: '<p>正文</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(editor).expect(200);
    return created.body.id;
  }
  async function taskOf(reviewer: Auth, articleId: number): Promise<number> {
    const items = (await stack.http.get('/api/v1/reviews').query({ status: 'pending' }).set(reviewer)).body.items as {
      id: number;
      articleId: number;
    }[];
    return items.find((task) => task.articleId === articleId)!.id;
  }
  const approve = async (step: number, articleId: number) =>
    stack.http
      .post(`/api/v1/reviews/${await taskOf(reviewers[step], articleId)}/approve`)
      .set(reviewers[step])
      .send({});

  /** Restarts the api with `point` armed, runs `action` (which the crash cuts off), restarts it clean. */
  async function crashDuring(point: string, action: () => Promise<unknown>): Promise<void> {
    await stack.kill('api');
    await stack.startApi({ ZQ_CRASH_AT: point });
    await action().catch(() => undefined); // the connection dies with the process
    await stack.apiExited();
    crashes[point] = (crashes[point] ?? 0) + 1;
    await stack.startApi();
  }

  /** The article's page, once the worker has written it (its path from the page manifest). */
  const pageOnDisk = (articleId: number) =>
    eventually(async () => {
      const [rows] = await stack.db.query('SELECT path FROM page_manifest WHERE site_id = ? AND page_key = ?', [
        site.id,
        `article:${articleId}`,
      ]);
      const [row] = rows as { path: string }[];
      return row && existsSync(join(stack.config.publishRoot, 'sites', site.code, row.path));
    }, 30000);

  for (const [point, step] of [
    ['approve.after-close', 0],
    ['approve.after-history', 1],
    ['approve.after-publish', 2],
    ['commit.after', 2],
  ] as const) {
    it(`leaves no half-made decision when killed at ${point} (step ${step + 1}) × ${REPEATS}`, async () => {
      for (let i = 0; i < REPEATS; i++) {
        const id = await submitted(`故障注入 ${point} ${i}`);
        for (let before = 0; before < step; before++) expect((await approve(before, id)).status).toBe(200);
        await crashDuring(point, () => approve(step, id));
        expect(await reviewProblems(stack.db)).toEqual([]);
        const status = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${id}`).set(editor)).body.status;
        if (point === 'commit.after') {
          expect(status).toBe('published'); // committed before the kill: the outbox delivers it anyway
        } else {
          expect(status).toBe('pending'); // rolled back entirely: the same step waits again
          for (let next = step; next < 3; next++) expect((await approve(next, id)).status).toBe(200);
        }
        await pageOnDisk(id);
      }
      expect(await reviewProblems(stack.db)).toEqual([]);
      await eventually(async () => (await outboxBacklog(stack.db)) === 0, 30000);
    }, 180000);
  }

  for (const point of ['adopt.after-decide', 'adopt.after-publish', 'commit.after']) {
    it(`adopts exactly once when killed at ${point} × ${REPEATS}`, async () => {
      for (let i = 0; i < REPEATS; i++) {
        const id = await submitted(`报送故障注入 ${point} ${i}`);
        for (let step = 0; step < 3; step++) await approve(step, id);
        const submission = await stack.http
          .post(`/api/v1/sites/${site.id}/articles/${id}/syndicate`)
          .set(editor)
          .send({ targetSiteId: portal.id, targetColumnId: portal.newsId });
        expect(submission.status).toBe(201);
        await crashDuring(point, () =>
          stack.http.post(`/api/v1/syndications/${submission.body.id}/adopt`).set(portal.auth).send({ mode: 'copy' }),
        );
        const [rows] = await stack.db.query('SELECT status, adopted_article_id FROM syndications WHERE id = ?', [submission.body.id]);
        const [row] = rows as { status: string; adopted_article_id: number | null }[];
        if (point === 'commit.after') {
          expect(row.status).toBe('adopted');
        } else {
          expect(row).toEqual({ status: 'submitted', adopted_article_id: null });
          const adopted = await stack.http.post(`/api/v1/syndications/${submission.body.id}/adopt`).set(portal.auth).send({ mode: 'copy' });
          expect(adopted.status).toBe(200);
        }
        const [copies] = await stack.db.query('SELECT COUNT(*) AS n FROM articles WHERE site_id = ? AND title = ?', [
          portal.id,
          `报送故障注入 ${point} ${i}`,
        ]);
        expect(Number((copies as { n: number }[])[0].n)).toBe(1);
      }
      expect(await reviewProblems(stack.db)).toEqual([]);
      await eventually(async () => (await outboxBacklog(stack.db)) === 0, 30000);
    }, 180000);
  }
});
