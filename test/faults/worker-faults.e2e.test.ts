import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { adminLogin, eventually, provisionSite, columnByPath } from '../support/client';
import { outboxBacklog } from './support/invariants';
import { startProcessStack, type ProcessStack } from './support/process-stack';
import { publishedFileProblems } from './support/published-files';

type Auth = { Authorization: string };

const WORKER_KILLS = Number(process.env.FAULT_WORKER_KILLS ?? 10);

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

/**
 * The worker killed mid-render and mid-relay, Redis restarted empty, and a full disk under
 * PUBLISH_ROOT — against a private Redis server, so restarting it disturbs nothing else.
 */
describe('worker, Redis and disk faults', () => {
  let redis: ChildProcess;
  let redisPort: number;
  let stack: ProcessStack;
  let site: { id: number; code: string };
  let auth: Auth;
  let newsId: number;
  const diskFull = join(__dirname, `.disk-full-${process.pid}`);

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await eventually(
      () =>
        fetch(`http://127.0.0.1:${redisPort}`).then(
          () => true,
          (e) => !String(e.cause?.code).includes('ECONNREFUSED'),
        ),
      10000,
    );
  };

  beforeAll(async () => {
    redisPort = await freePort();
    await startRedis();
    stack = await startProcessStack({ REDIS_URL: `redis://127.0.0.1:${redisPort}/0`, ZQ_DISK_FULL_FLAG: diskFull });
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
    redis?.kill('SIGKILL');
  });

  async function publish(title: string, extra: Record<string, unknown> = {}): Promise<number> {
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: newsId, title, body: `<p>${title}</p>`, ...extra });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth).expect(200);
    return created.body.id;
  }
  const settled = () =>
    eventually(
      async () =>
        (await outboxBacklog(stack.db)) === 0 && (await publishedFileProblems(stack.db, stack.config.publishRoot, site)).length === 0,
      60000,
    );
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
    redis.kill('SIGKILL'); // ... which loses it, with everything else
    await once(redis, 'exit');
    await stack.kill('worker');
    const afterRestart = await publish('Redis重启时提交的文章'); // written to the outbox while Redis is down
    await startRedis();
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
    await settled();
    const before = await publishedFileProblems(stack.db, stack.config.publishRoot, site);
    expect(before).toEqual([]);
    writeFileSync(diskFull, '');
    await stack.http.put(`/api/v1/sites/${site.id}`).set(auth).send({ name: '发布故障测试局(改名)' });
    const failedRun = (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(auth)).body.runId;
    await eventually(async () => (await runStatus(failedRun)) === 'failed', 60000);
    expect(await publishedFileProblems(stack.db, stack.config.publishRoot, site)).toEqual([]); // the old pages still serve
    rmSync(diskFull);
    const retry = (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(auth)).body.runId;
    await eventually(async () => (await runStatus(retry)) === 'done', 60000);
    await settled();
  }, 180000);
});
