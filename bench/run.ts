import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { QueueName, RebuildService } from '@zhanqun/publishing';
import { outboxLagKey, QueueRegistry, REDIS } from '@zhanqun/shared';
import { processEnvOf } from '@zhanqun/testing';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { openBenchStack, runBench, seedBenchGroup } from './bench-stack';
import { percentile, round, sleep } from './measure';
import { measureHugo } from './hugo-bench';
import { siteRssMb } from './memory';
import { reportProfiles } from './profile-report';
import { publishToLive } from './publish-latency';
import { WorkerPool } from './workers';
import { measureServing } from './serving';
import { approvalsPerSecond, loginAs, scheduledDelays } from './review-bench';
import { standardsChange, templateChange } from './governance-bench';
import { measureSearch } from './search-bench';
import { withBufferPool } from './buffer-pool';
import { consoleFirstLoadKb } from './console-size';
import { chooseOutputMedium } from './output-medium';
import { assertAllPagesWritten, rebuildGroup, waitForRun } from './group-rebuild';

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
    /** Publish to the disk rather than tmpfs (see output-medium.ts). */
    'on-disk': { type: 'boolean' },
  },
});
const SITES = Number(flags.sites);
const ARTICLES = Number(flags.articles);
const SAMPLES = Number(flags.samples);
const SECONDS = Number(flags.seconds);
const WORKERS = Number(flags.workers);
const SEARCH_DOCS = Number(flags['search-docs']);

/** Publish → live again, while a second full group rebuild runs (only samples taken before it ends count). */
async function publishDuringRebuild(api: INestApplication, baseUrl: string, headers: Record<string, string>, publishRoot: string) {
  const rebuilds = api.get(RebuildService);
  const runId = await rebuilds.request(null, null);
  // Let the plan queue its chunks, so the samples compete with a full backlog.
  while ((await rebuilds.get(runId)).status === 'queued') await sleep(20);
  const latencies = await publishToLive({
    api,
    baseUrl,
    headers,
    publishRoot,
    samples: SAMPLES,
    label: '重建期间发布',
    whileTrue: async () => (await rebuilds.get(runId)).status === 'running',
  });
  await waitForRun(api, runId, '全站群重建(第二次)');
  return latencies.live;
}

async function main(): Promise<void> {
  const outputMedium = chooseOutputMedium(flags['on-disk']);
  console.log(`Zhanqun benchmark: ${SITES} sites × ${ARTICLES} articles, ${WORKERS} worker processes, pages on ${outputMedium}`);
  const stack = await openBenchStack();
  const { config, api, scratch } = stack;
  await api.listen(0);
  const baseUrl = `${(await api.getUrl()).replace('[::1]', '127.0.0.1')}/api/v1`;
  const workers = new WorkerPool({
    script: join(DIST, 'apps/worker/src/main.js'),
    count: WORKERS,
    env: { ...process.env, ...processEnvOf(config) },
    profileDir: flags.profile,
    queue: api.get(QueueRegistry).queue(QueueName.Render),
  });
  try {
    const siteIds = await seedBenchGroup(stack, SITES, ARTICLES);

    // Time the rebuild, not the workers' start-up.
    await workers.start('rebuild');
    const rebuild = await rebuildGroup(api);
    const workerPeakRssMb = workers.peakRssMb();
    await workers.stop();
    await assertAllPagesWritten(api, rebuild.pages);
    const adminHeaders = await loginAs(baseUrl, config.adminUsername, config.adminPassword!);
    await workers.start('publish');
    const { live: latencies, request: approvalRequests } = await publishToLive({
      api,
      baseUrl,
      headers: adminHeaders,
      publishRoot: config.publishRoot,
      samples: SAMPLES,
      label: '发布到上线',
    });
    // Commit → delivered to its handlers (render jobs queued), as the relay records it.
    const outboxLagsOfPhase = async () => {
      const redis = api.get<Redis>(REDIS);
      const lags = (await redis.lrange(outboxLagKey(config), 0, -1)).map(Number);
      await redis.del(outboxLagKey(config));
      return lags;
    };
    const outboxLags = await outboxLagsOfPhase();
    await workers.stop();
    await workers.start('publish-during-rebuild');
    const duringRebuild = await publishDuringRebuild(api, baseUrl, adminHeaders, config.publishRoot);
    const outboxLagsDuringRebuild = await outboxLagsOfPhase();
    await workers.stop();
    await workers.start('governance');
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
    await workers.stop();
    const serving = await measureServing({
      publishRoot: config.publishRoot,
      dir: scratch,
      host,
      paths: ['/index.html', '/zwdt/gzdt/index.html', '/zwdt/gzdt/index_2.html', ...pages.map((p) => p.path)],
      seconds: SECONDS,
      siteScript: join(DIST, 'apps/site/src/main.js'),
    });
    const hugo = await measureHugo(api.get(DataSource), join(scratch, 'hugo'));
    const siteRssMbPer1000Sites = await siteRssMb({
      siteScript: join(DIST, 'apps/site/src/main.js'),
      dir: scratch,
      sites: 1000,
      port: 18083,
    });
    const search = await withBufferPool(api.get(DataSource), 4, () => measureSearch(api.get(DataSource), siteIds, SEARCH_DOCS));

    const figures = {
      outputMedium,
      rebuildPagesPerSec: round(rebuild.pages / rebuild.seconds, 0),
      hugoPagesPerSec: hugo ? round(hugo.pagesPerSec, 0) : null,
      rebuildVsHugo: hugo ? round(rebuild.pages / rebuild.seconds / hugo.pagesPerSec, 2) : null,
      workerPeakRssMb: round(workerPeakRssMb, 0),
      approveToLiveP50Ms: round(percentile(latencies, 50)),
      approveToLiveP95Ms: round(percentile(latencies, 95)),
      approveToLiveDuringRebuildP95Ms: round(percentile(duringRebuild, 95)),
      approvalRequestP95Ms: round(percentile(approvalRequests, 95)),
      outboxLagP95Ms: round(percentile(outboxLags, 95)),
      outboxLagDuringRebuildP95Ms: round(percentile(outboxLagsDuringRebuild, 95)),
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
      siteRssMbPer1000Sites: round(siteRssMbPer1000Sites, 0),
    };
    console.log('');
    console.table({
      'full group rebuild': {
        value: `${rebuild.pages} pages in ${round(rebuild.seconds)} s = ${figures.rebuildPagesPerSec} pages/s`,
        target: '≥ 2000 pages/s',
      },
      Hugo: {
        value: hugo
          ? `${hugo.pages} pages in ${round(hugo.seconds)} s = ${figures.hugoPagesPerSec} pages/s (${round(hugo.averageBytes / 1024)} KB a page)`
          : 'skipped: hugo is not installed',
        target: '',
      },
      'rebuild ÷ Hugo': { value: `${figures.rebuildVsHugo ?? '-'}`, target: '≥ 1.5' },
      'worker peak RSS during the rebuild': { value: `${figures.workerPeakRssMb} MB`, target: '< 400 MB' },
      'publish → live p50': { value: `${figures.approveToLiveP50Ms} ms`, target: '' },
      'publish → live p95': { value: `${figures.approveToLiveP95Ms} ms`, target: '< 300 ms' },
      'publish → live p95 during a group rebuild': {
        value: `${figures.approveToLiveDuringRebuildP95Ms} ms (${duringRebuild.length} samples)`,
        target: '< 300 ms',
      },
      'publish request p95 (answered at commit)': { value: `${figures.approvalRequestP95Ms} ms`, target: '' },
      'outbox lag p95 (commit → jobs queued)': { value: `${figures.outboxLagP95Ms} ms`, target: '' },
      'outbox lag p95 during a group rebuild': { value: `${figures.outboxLagDuringRebuildP95Ms} ms`, target: '' },
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
      'apps/site RSS with 1,000 sites': { value: `${figures.siteRssMbPer1000Sites} MB`, target: '' },
    });
    if (flags.profile) await reportProfiles(flags.profile);
    console.log(JSON.stringify(figures));
  } finally {
    await workers.stop();
    await stack.close();
  }
}

runBench(main);
