import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { adminLogin, eventually, provisionSite, columnByPath } from '../support/client';
import { outboxBacklog } from './support/invariants';
import { startProcessStack, type ProcessStack } from './support/process-stack';
import { privateRedis, type PrivateServer } from './support/private-servers';
import { publishedFileProblems } from './support/published-files';

type Auth = { Authorization: string };

const WORKER_KILLS = Number(process.env.FAULT_WORKER_KILLS ?? 10);

/**
 * The worker killed mid-render and mid-relay, Redis restarted empty, and a full disk under
 * PUBLISH_ROOT — against a private Redis server, so restarting it disturbs nothing else.
 */
describe('worker, Redis and disk faults', () => {
  let redis: PrivateServer;
  let stack: ProcessStack;
  let site: { id: number; code: string };
  let auth: Auth;
  let newsId: number;
  const diskFull = join(__dirname, `.disk-full-${process.pid}`);

  beforeAll(async () => {
    redis = await privateRedis();
    await redis.start();
    stack = await startProcessStack({ REDIS_URL: `redis://127.0.0.1:${redis.port}/0`, ZQ_DISK_FULL_FLAG: diskFull });
    await stack.startApi();
    await stack.startWorker();
    const admin = await adminLogin(stack);
    const created = await provisionSite(stack, admin, { name: '发布故障测试局' });
    site = created.site;
    auth = created.siteAdmin;
    newsId = (await columnByPath(stack, auth, site.id, 'zwdt/gzdt')).id;
  }, 120000);
  afterAll(async () => {
    rmSync(diskFull, { force: true });
    await stack?.close();
    await redis?.dispose();
  });

  async function publish(title: string, extra: Record<string, unknown> = {}): Promise<number> {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: newsId, title, body: `<p>${title}</p>`, ...extra });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    return created.body.id;
  }
  /** Waits until the outbox is drained and the published files are right; fails naming what is still wrong. */
  const settled = () =>
    eventually(async () => {
      const backlog = await outboxBacklog(stack.db);
      const problems = await publishedFileProblems(stack.db, stack.config.publishRoot, site);
      if (backlog || problems.length) throw new Error(`outbox backlog ${backlog}; ${problems.slice(0, 5).join('; ')}`);
      return true;
    }, 60000);
  const runStatus = async (runId: string) => (await stack.http.get(`/api/v1/publish-runs/${runId}`).set(auth)).body.status as string;

  it(`completes every page when the worker is killed mid-render and mid-relay × ${WORKER_KILLS}`, async () => {
    for (let i = 0; i < WORKER_KILLS; i++) {
      const point = i % 2 === 0 ? 'relay.after-deliver' : 'render.after-write';
      await stack.kill('worker');
      await stack.startWorker({ ZQ_CRASH_AT: point });
      // A publication goes through the relay; a rebuild writes many pages: either way the worker dies in the middle.
      const runId =
        point === 'render.after-write' ? (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(auth)).body.runId : null;
      await publish(`第${i + 1}次中断后的文章`);
      await stack.workerExited();
      await stack.startWorker();
      await settled();
      if (runId) await eventually(async () => (await runStatus(runId)) === 'done', 60000);
    }
    expect(await publishedFileProblems(stack.db, stack.config.publishRoot, site)).toEqual([]);
  }, 600000);

  it('loses and doubles nothing when Redis restarts empty with timers and outbox rows pending', async () => {
    await stack.kill('worker');
    const waiting = [await publish('Redis重启前待发的文章一'), await publish('Redis重启前待发的文章二')];
    const scheduled = await publish('Redis重启前定时发布的文章', { publishAt: new Date(Date.now() + 4000).toISOString() });
    expect(await outboxBacklog(stack.db)).toBeGreaterThan(0);
    await stack.startWorker(); // arms the timer in Redis ...
    await eventually(async () => (await outboxBacklog(stack.db)) === 0, 30000);
    await stack.kill('worker');
    const afterRestart = await publish('Redis重启前未投递的文章'); // its outbox row waits: no relay runs
    await redis.kill(); // the timer armed above is lost, with everything else in Redis
    await redis.start();
    await stack.startWorker();
    await settled();
    const [history] = await stack.db.query(
      "SELECT article_id, COUNT(*) AS n FROM article_history WHERE action = 'published' AND article_id IN (?) GROUP BY article_id",
      [[...waiting, scheduled, afterRestart]],
    );
    await eventually(
      async () => (await stack.http.get(`/api/v1/sites/${site.id}/articles/${scheduled}`).set(auth)).body.status === 'published',
      30000,
    );
    await settled();
    const [again] = await stack.db.query(
      "SELECT article_id, COUNT(*) AS n FROM article_history WHERE action = 'published' AND article_id IN (?) GROUP BY article_id",
      [[...waiting, scheduled, afterRestart]],
    );
    expect((again as { n: number }[]).map((row) => Number(row.n))).toEqual([1, 1, 1, 1]);
    expect((history as unknown[]).length).toBeGreaterThanOrEqual(3);
  }, 180000);

  it('fails a rebuild visibly on a full disk, keeps the live pages, and completes on retry', async () => {
    const id = await publish('磁盘写满前的文章');
    await settled();
    const [rows] = await stack.db.query('SELECT path FROM page_manifest WHERE site_id = ? AND page_key = ?', [site.id, `article:${id}`]);
    const page = join(stack.config.publishRoot, 'sites', site.code, (rows as { path: string }[])[0].path);
    const live = readFileSync(page, 'utf8');
    writeFileSync(diskFull, '');
    await stack.http.patch(`/api/v1/sites/${site.id}/articles/${id}`).set(auth).send({ title: '磁盘写满时修改的标题' }).expect(200);
    const failedRun = (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(auth)).body.runId;
    await eventually(async () => (await runStatus(failedRun)) === 'failed', 60000);
    // The live site keeps serving the old pages, whole: nothing torn, nothing half-written left behind.
    expect(readFileSync(page, 'utf8')).toBe(live);
    const problems = await publishedFileProblems(stack.db, stack.config.publishRoot, site);
    expect(problems.filter((problem) => !problem.includes('磁盘写满时修改的标题'))).toEqual([]);
    rmSync(diskFull);
    const retry = (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(auth)).body.runId;
    await eventually(async () => (await runStatus(retry)) === 'done', 60000);
    await settled();
    expect(readFileSync(page, 'utf8')).toContain('磁盘写满时修改的标题');
  }, 180000);
});
