import type { INestApplication } from '@nestjs/common';
import { SingleBar, Presets } from 'cli-progress';
import { QueueName, RebuildService, redisDataMarkerKey } from '@zhanqun/publishing';
import { Database, QueueRegistry, REDIS, type AppConfig } from '@zhanqun/shared';
import type Redis from 'ioredis';
import { sleep } from './measure';

/**
 * Provisioning queued one rebuild per site; the bench measures one clean group rebuild instead,
 * so it empties the render queue and the runs and outbox they left.
 */
export async function forgetProvisioningRebuilds(api: INestApplication, config: AppConfig): Promise<void> {
  await api.get(QueueRegistry).queue(QueueName.Render).obliterate({ force: true });
  await api.get(Database).crossTenant('publishing').query('DELETE FROM publish_runs');
  await api.get(Database).query('DELETE FROM outbox_messages');
  // Redis lost nothing here (the queue was emptied on purpose): the workers must not "recover" the unrendered seed.
  await api.get<Redis>(REDIS).set(redisDataMarkerKey(config), new Date().toISOString());
}

/** Requests a full rebuild of the group and waits for it with a progress bar. */
export async function rebuildGroup(api: INestApplication, label = '全站群重建'): Promise<{ pages: number; seconds: number }> {
  const started = Date.now();
  const runId = await api.get(RebuildService).request(null, null);
  const pages = await waitForRun(api, runId, label);
  return { pages, seconds: (Date.now() - started) / 1000 };
}

/** Waits until a publish run is done or failed; returns its page count. */
export async function waitForRun(api: INestApplication, runId: string, label: string): Promise<number> {
  const rebuilds = api.get(RebuildService);
  const bar = new SingleBar({ format: `  ${label} [{bar}] {value}/{total} 页 {eta}s`, hideCursor: true }, Presets.shades_classic);
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
      return run.total;
    }
    await sleep(50);
  }
}

/** Fails the bench when the manifest holds fewer pages than the rebuild counted. */
export async function assertAllPagesWritten(api: INestApplication, pages: number): Promise<void> {
  const [{ written }] = await api
    .get(Database)
    .crossTenant('publishing')
    .query<{ written: string }[]>('SELECT COUNT(*) AS written FROM page_manifest');
  if (Number(written) < pages) throw new Error(`only ${written} of ${pages} pages are in the manifest`);
}
