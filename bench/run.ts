import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { SingleBar, Presets } from 'cli-progress';
import { articlePath } from '@zhanqun/content';
import { firstStart, openInfrastructure } from '@zhanqun/platform';
import { QueueName, RebuildService } from '@zhanqun/publishing';
import { Database, outboxLagKey, QueueRegistry, REDIS } from '@zhanqun/shared';
import { createTestEnvironment, processEnvOf } from '@zhanqun/testing';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/create-api';
import { percentile, round, sleep, startProcess, stopProcess } from './measure';
import { measureServing } from './serving';
import { approvalsPerSecond, loginAs, scheduledDelays } from './review-bench';
import { standardsChange, templateChange } from './governance-bench';
import { measureSearch } from './search-bench';
import { withBufferPool } from './buffer-pool';
import { consoleFirstLoadKb } from './console-size';
import { seedSyntheticGroup } from './synthetic-group';

const DIST = join(__dirname, '..');

const { values: flags } = parseArgs({
  options: {
    sites: { type: 'string', default: '20' },
    articles: { type: 'string', default: '2000' },
    samples: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '10' },
    workers: { type: 'string', default: '2' },
    /** Synthetic articles in the search index for the search latency figures. */
    'search-docs': { type: 'string', default: '1000000' },
    /** A folder: write V8 CPU profiles of the worker processes there. */
    profile: { type: 'string' },
  },
});
const SITES = Number(flags.sites);
const ARTICLES = Number(flags.articles);
const SAMPLES = Number(flags.samples);
const SECONDS = Number(flags.seconds);
const WORKERS = Number(flags.workers);
const SEARCH_DOCS = Number(flags['search-docs']);

async function rebuildGroup(api: INestApplication): Promise<{ pages: number; seconds: number }> {
  const rebuilds = api.get(RebuildService);
  const started = Date.now();
  const runId = await rebuilds.request(null, null);
  const bar = new SingleBar({ format: '  全站群重建 [{bar}] {value}/{total} 页 {eta}s', hideCursor: true }, Presets.shades_classic);
  bar.start(1, 0);
  let progress = { finished: -1, at: Date.now() };
  for (;;) {
    const run = await rebuilds.get(runId);
    if (run.done + run.failed !== progress.finished) progress = { finished: run.done + run.failed, at: Date.now() };
    if (Date.now() - progress.at > 120_000) throw new Error(`rebuild ${runId} made no progress for 2 minutes`);
    bar.setTotal(Math.max(run.total, 1));
    bar.update(run.done + run.failed);
    if (run.status === 'done' || run.status === 'failed') {
      bar.stop();
      if (run.failed) console.error(`  ${run.failed} pages failed`);
      return { pages: run.total, seconds: (Date.now() - started) / 1000 };
    }
    await sleep(50);
  }
}

async function approveToLive(
  api: INestApplication,
  baseUrl: string,
  headers: Record<string, string>,
  publishRoot: string,
): Promise<{ live: number[]; request: number[] }> {
  const [site] = await api.get(DataSource).query("SELECT s.id, s.code FROM sites s WHERE s.code = 'bench1'");
  const [column] = await api.get(DataSource).query("SELECT id, path FROM site_columns WHERE site_id = ? AND path = 'zwdt/gzdt'", [site.id]);
  // Publish → live measures publishing; the review chain is measured separately.
  await fetch(`${baseUrl}/sites/${site.id}/review-chain`, { method: 'PUT', headers, body: JSON.stringify({ steps: [] }) });
  const latencies: number[] = [];
  const requests: number[] = [];
  const bar = new SingleBar({ format: '  发布到上线 [{bar}] {value}/{total} 篇', hideCursor: true }, Presets.shades_classic);
  bar.start(SAMPLES, 0);
  for (let i = 0; i < SAMPLES; i++) {
    const created = (await (
      await fetch(`${baseUrl}/sites/${site.id}/articles`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ columnId: column.id, title: `基准测试文章${i}`, body: '<p>基准测试正文。</p>' }),
      })
    ).json()) as { id: number };
    const started = performance.now();
    const submitted = await fetch(`${baseUrl}/sites/${site.id}/articles/${created.id}/submit`, { method: 'POST', headers });
    if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status}`);
    requests.push(performance.now() - started); // the request answers when its transaction commits
    const file = join(publishRoot, 'sites', site.code, articlePath(column.path, new Date(), created.id));
    while (!existsSync(file)) await sleep(1);
    latencies.push(performance.now() - started);
    bar.increment();
    await sleep(50);
  }
  bar.stop();
  return { live: latencies, request: requests };
}

async function main(): Promise<void> {
  const env = createTestEnvironment({ WORKER_CONCURRENCY: '8' });
  const config = env.config;
  console.log(`Zhanqun benchmark: ${SITES} sites × ${ARTICLES} articles, ${WORKERS} worker processes`);
  const infrastructure = await openInfrastructure(config);
  const api = await createApi(config, infrastructure);
  await api.listen(0);
  const baseUrl = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/api/v1`;
  const workers: ReturnType<typeof startProcess>[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'zq-bench-'));
  try {
    await firstStart(api, config);
    const siteIds = await seedSyntheticGroup(api, SITES, ARTICLES);
    // Provisioning queued one rebuild per site; measure one clean group rebuild instead.
    await api.get(QueueRegistry).queue(QueueName.Render).obliterate({ force: true });
    await api.get(Database).crossTenant('publishing').query('DELETE FROM publish_runs');
    await api.get(Database).query('DELETE FROM outbox_messages');

    const workerEnv = { ...process.env, ...processEnvOf(config), WORKER_CONCURRENCY: '8' };
    const profiling = flags.profile ? ['--cpu-prof', `--cpu-prof-dir=${flags.profile}`] : [];
    for (let i = 0; i < WORKERS; i++)
      workers.push(startProcess(process.execPath, [...profiling, join(DIST, 'apps/worker/src/main.js')], workerEnv));

    // Time the rebuild, not the workers' start-up.
    const renderQueue = api.get(QueueRegistry).queue(QueueName.Render);
    while ((await renderQueue.getWorkersCount()) < WORKERS) await sleep(100);
    const rebuild = await rebuildGroup(api);
    const [{ written }] = await api
      .get(Database)
      .crossTenant('publishing')
      .query<{ written: string }[]>('SELECT COUNT(*) AS written FROM page_manifest');
    if (Number(written) < rebuild.pages) throw new Error(`only ${written} of ${rebuild.pages} pages are in the manifest`);
    const adminHeaders = await loginAs(baseUrl, config.adminUsername, config.adminPassword!);
    const { live: latencies, request: approvalRequests } = await approveToLive(api, baseUrl, adminHeaders, config.publishRoot);
    // Commit → delivered to its handlers (render jobs queued), as the relay records it.
    const outboxLags = (await api.get<Redis>(REDIS).lrange(outboxLagKey(config), 0, -1)).map(Number);
    const [reviewSite] = await api
      .get(DataSource)
      .query(
        "SELECT s.id, c.id AS columnId FROM sites s JOIN site_columns c ON c.site_id = s.id AND c.path = 'zwdt/gzdt' WHERE s.code = ?",
        [SITES > 1 ? 'bench2' : 'bench1'],
      );
    if (SITES === 1) await fetch(`${baseUrl}/sites/${reviewSite.id}/review-chain`, { method: 'DELETE', headers: adminHeaders });
    const approvals = await approvalsPerSecond(baseUrl, adminHeaders, reviewSite.id, reviewSite.columnId, SAMPLES);
    await fetch(`${baseUrl}/sites/${reviewSite.id}/review-chain`, {
      method: 'PUT',
      headers: adminHeaders,
      body: JSON.stringify({ steps: [] }),
    });
    const delays = await scheduledDelays(
      baseUrl,
      adminHeaders,
      api.get(DataSource),
      reviewSite.id,
      reviewSite.columnId,
      Math.min(SAMPLES, 30),
    );
    const standards = await standardsChange(baseUrl, adminHeaders, api.get(DataSource));
    const template = await templateChange(baseUrl, adminHeaders);
    const host = `bench1.${config.platformDomain}`;
    const [site] = await api.get(DataSource).query("SELECT id FROM sites WHERE code = 'bench1'");
    const pages: { path: string }[] = await api
      .get(DataSource)
      .query('SELECT path FROM page_manifest WHERE site_id = ? AND page_key LIKE ? LIMIT 40', [site.id, 'article:%']);
    for (const stop of workers.splice(0)) await stopProcess(stop);
    const serving = await measureServing({
      publishRoot: config.publishRoot,
      dir: scratch,
      host,
      paths: ['/index.html', '/zwdt/gzdt/index.html', '/zwdt/gzdt/index_2.html', ...pages.map((p) => p.path)],
      seconds: SECONDS,
      siteScript: join(DIST, 'apps/site/src/main.js'),
    });
    const search = await withBufferPool(api.get(DataSource), 4, () => measureSearch(api.get(DataSource), siteIds, SEARCH_DOCS));

    const figures = {
      rebuildPagesPerSec: round(rebuild.pages / rebuild.seconds, 0),
      approveToLiveP50Ms: round(percentile(latencies, 50)),
      approveToLiveP95Ms: round(percentile(latencies, 95)),
      approvalRequestP95Ms: round(percentile(approvalRequests, 95)),
      outboxLagP95Ms: round(percentile(outboxLags, 95)),
      siteRps: round(serving.siteRps, 0),
      nginxRps: round(serving.nginxRps, 0),
      siteVsNginxRatio: round(serving.siteRps / serving.nginxRps, 2),
      reviewApprovalsPerSec: round(approvals, 0),
      scheduledDelayP95Ms: round(percentile(delays, 95)),
      standardsChangeSeconds: round(standards.seconds),
      templateChangePages: template.pages,
      templateChangeSeconds: round(template.seconds),
      searchP95Ms: search.p95Ms,
      searchCommonWordP95Ms: search.commonWordP95Ms,
      consoleFirstLoadKb: consoleFirstLoadKb(config.consoleRoot),
    };
    console.log('');
    console.table({
      'full group rebuild': {
        value: `${rebuild.pages} pages in ${round(rebuild.seconds)} s = ${figures.rebuildPagesPerSec} pages/s`,
        target: '≥ 2000 pages/s',
      },
      'publish → live p50': { value: `${figures.approveToLiveP50Ms} ms`, target: '' },
      'publish → live p95': { value: `${figures.approveToLiveP95Ms} ms`, target: '< 300 ms' },
      'publish request p95 (answered at commit)': { value: `${figures.approvalRequestP95Ms} ms`, target: '' },
      'outbox lag p95 (commit → jobs queued)': { value: `${figures.outboxLagP95Ms} ms`, target: '' },
      'apps/site': { value: `${figures.siteRps} req/s`, target: '' },
      nginx: { value: `${figures.nginxRps} req/s`, target: '' },
      'site / nginx': { value: `${figures.siteVsNginxRatio}`, target: '≥ 0.6' },
      'review approvals': { value: `${figures.reviewApprovalsPerSec} /s`, target: '' },
      'scheduled publish delay p95': { value: `${figures.scheduledDelayP95Ms} ms`, target: '< 5000 ms' },
      'standards change → every page': { value: `${figures.standardsChangeSeconds} s (${standards.pages} pages)`, target: '< 60 s' },
      'article template change': {
        value: `${template.pages} of ${rebuild.pages} pages in ${figures.templateChangeSeconds} s`,
        target: 'only pages using it',
      },
      'search p50': { value: `${search.p50Ms} ms over ${search.docs} articles (built in ${search.buildSeconds} s)`, target: '' },
      'search p95': { value: `${figures.searchP95Ms} ms`, target: '< 100 ms' },
      'search p95, most common words': { value: `${figures.searchCommonWordP95Ms} ms (${search.cutOff} cut off)`, target: '' },
      'console first load (gzip)': { value: `${figures.consoleFirstLoadKb} KB`, target: '≤ 600 KB' },
    });
    console.log(JSON.stringify(figures));
  } finally {
    for (const worker of workers) await stopProcess(worker);
    await api.close();
    await infrastructure.close();
    await env.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
