import { adminLogin, columnByPath, eventually, login, provisionSite } from '../support/client';
import { outboxBacklog, reviewProblems } from './support/invariants';
import { privateMariaDb, type PrivateServer } from './support/private-servers';
import { startProcessStack, type ProcessStack } from './support/process-stack';
import { publishedFileProblems } from './support/published-files';

type Auth = { Authorization: string };

const BURST = 8;

/**
 * MariaDB stops (kill -9) during a rebuild and a burst of approvals — on a private server, so no
 * other test notices. Requests answer a clear 503 meanwhile; once it is back, the same approvals
 * succeed and the rebuild, the outbox and the pages all complete.
 */
describe('the database stops during a rebuild and a burst of approvals', () => {
  let mariadb: PrivateServer;
  let stack: ProcessStack;
  let site: { id: number; code: string };
  let editor: Auth;
  let leader: Auth;
  let admin: Auth;
  let newsId: number;

  beforeAll(async () => {
    mariadb = await privateMariaDb();
    await mariadb.start();
    stack = await startProcessStack({ DATABASE_URL: `mysql://root@127.0.0.1:${mariadb.port}/zq_outage` });
    await stack.startApi();
    await stack.startWorker();
    admin = await adminLogin(stack);
    ({ site } = await provisionSite(stack, admin, { name: '数据库中断测试局' }, { reviewChain: 'default' }));
    await stack.http
      .put(`/api/v1/sites/${site.id}/review-chain`)
      .set(admin)
      .send({ steps: ['leader'] })
      .expect(200);
    const user = async (username: string, roles: string[]) => {
      const created = await stack.http.post(`/api/v1/sites/${site.id}/users`).set(admin).send({ username, displayName: username, roles });
      return login(stack, username, created.body.initialPassword);
    };
    editor = await user('outage_editor', ['editor']);
    leader = await user('outage_leader', ['leader']);
    newsId = (await columnByPath(stack, editor, site.id, 'zwdt/gzdt')).id;
  }, 120000);
  afterAll(async () => {
    await stack?.close();
    await mariadb?.dispose();
  });

  it('answers 503 while it is down and completes everything once it is back', async () => {
    const tasks: number[] = [];
    for (let i = 0; i < BURST; i++) {
      const created = await stack.http
        .post(`/api/v1/sites/${site.id}/articles`)
        .set(editor)
        .send({ columnId: newsId, title: `中断期间审核的文章${i}`, body: '<p>正文</p>' });
      await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(editor).expect(200);
    }
    const inbox = (await stack.http.get('/api/v1/reviews').query({ status: 'pending' }).set(leader)).body.items as { id: number }[];
    tasks.push(...inbox.map((task) => task.id));
    expect(tasks).toHaveLength(BURST);
    const run = (await stack.http.post(`/api/v1/sites/${site.id}/rebuild`).set(admin)).body.runId as string;

    await mariadb.kill();
    const during = await Promise.all(tasks.map((id) => stack.http.post(`/api/v1/reviews/${id}/approve`).set(leader).send({})));
    expect(during.map((response) => response.status)).toEqual(tasks.map(() => 503));
    expect(during[0].body.message).toContain('数据库暂时不可用');
    expect(during[0].headers['retry-after']).toBeDefined();

    await mariadb.start();
    await stack.reconnectDb();
    const after = await eventually(async () => {
      const answers = await Promise.all(tasks.map((id) => stack.http.post(`/api/v1/reviews/${id}/approve`).set(leader).send({})));
      return answers.every((response) => response.status === 200 || response.status === 409) && answers;
    }, 60000);
    expect(after.filter((response) => response.status === 200).length).toBeGreaterThan(0);
    await eventually(async () => (await outboxBacklog(stack.db)) === 0, 60000);
    await eventually(async () => (await publishedFileProblems(stack.db, stack.config.publishRoot, site)).length === 0, 60000);
    await eventually(
      async () => ['done', 'failed'].includes((await stack.http.get(`/api/v1/publish-runs/${run}`).set(admin)).body.status),
      60000,
    );
    expect(await reviewProblems(stack.db)).toEqual([]);
    const [rows] = await stack.db.query("SELECT COUNT(*) AS n FROM articles WHERE status = 'published'");
    expect(Number((rows as { n: number }[])[0].n)).toBe(BURST);
  }, 300000);
});
