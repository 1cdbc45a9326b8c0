import { SingleBar, Presets } from 'cli-progress';
import { Database } from '@zhanqun/shared';
import type { DataSource } from 'typeorm';
import { sleep } from './measure';

type Headers = Record<string, string>;

async function call(baseUrl: string, headers: Headers, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** Logs in through the API; returns the JSON + bearer headers of later calls. */
export async function loginAs(baseUrl: string, username: string, password: string): Promise<Headers> {
  const { accessToken } = await call(baseUrl, { 'content-type': 'application/json' }, 'POST', '/auth/login', { username, password });
  return { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` };
}

/**
 * Approvals per second through the default three-level chain: `articles` submissions on one
 * site, each approved by its unit leader, the 两办 reviewer and the 保密 reviewer over HTTP.
 */
export async function approvalsPerSecond(
  baseUrl: string,
  admin: Headers,
  siteId: number,
  columnId: number,
  articles: number,
): Promise<number> {
  const reviewers: Headers[] = [];
  for (const role of ['leader', 'portal_reviewer', 'security_reviewer']) {
    const username = `bench_${role}`;
    const office = role === 'portal_reviewer' ? 'government' : undefined;
    const created = await call(baseUrl, admin, 'POST', `/sites/${siteId}/users`, {
      username,
      displayName: username,
      roles: [role],
      office,
    });
    reviewers.push(await loginAs(baseUrl, username, created.initialPassword));
    await call(baseUrl, reviewers[reviewers.length - 1], 'POST', '/auth/password', {
      oldPassword: created.initialPassword,
      newPassword: 'Bench2026pass',
    });
    reviewers[reviewers.length - 1] = await loginAs(baseUrl, username, 'Bench2026pass');
  }
  for (let i = 0; i < articles; i++) {
    const { id } = await call(baseUrl, admin, 'POST', `/sites/${siteId}/articles`, {
      columnId,
      title: `审核基准${i}`,
      body: '<p>审核基准</p>',
    });
    await call(baseUrl, admin, 'POST', `/sites/${siteId}/articles/${id}/submit`);
  }
  const bar = new SingleBar({ format: '  三级审核 [{bar}] {value}/{total} 次审批', hideCursor: true }, Presets.shades_classic);
  bar.start(articles * reviewers.length, 0);
  const started = performance.now();
  for (const reviewer of reviewers) {
    const { items } = await call(baseUrl, reviewer, 'GET', '/reviews?status=pending');
    for (const task of items) {
      await call(baseUrl, reviewer, 'POST', `/reviews/${task.id}/approve`, {});
      bar.increment();
    }
  }
  bar.stop();
  return (articles * reviewers.length) / ((performance.now() - started) / 1000);
}

/** Schedules `articles` publications a few seconds ahead; returns each one's delay past its time (ms). */
export async function scheduledDelays(
  baseUrl: string,
  admin: Headers,
  dataSource: DataSource,
  siteId: number,
  columnId: number,
  articles: number,
): Promise<number[]> {
  const base = Date.now() + 3000;
  const ids: number[] = [];
  for (let i = 0; i < articles; i++) {
    const publishAt = new Date(base + i * 100).toISOString();
    const { id } = await call(baseUrl, admin, 'POST', `/sites/${siteId}/articles`, {
      columnId,
      title: `定时基准${i}`,
      body: '<p>x</p>',
      publishAt,
    });
    await call(baseUrl, admin, 'POST', `/sites/${siteId}/articles/${id}/submit`);
    ids.push(id);
  }
  const deadline = base + articles * 100 + 30_000;
  for (;;) {
    const rows: { publish_at: Date; published_at: Date | null }[] = await new Database(dataSource)
      .crossTenant('publishing')
      .query(`SELECT publish_at, published_at FROM articles WHERE id IN (${ids.map(() => '?').join(',')})`, ids);
    if (rows.every((row) => row.published_at)) return rows.map((row) => row.published_at!.getTime() - row.publish_at.getTime());
    if (Date.now() > deadline) throw new Error('scheduled articles were not all published within 30 s of their time');
    await sleep(200);
  }
}
