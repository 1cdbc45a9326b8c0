import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstStart, openInfrastructure } from '@zhanqun/platform';
import { PagePlanner, PageRenderService, SnapshotLoader } from '@zhanqun/publishing';
import { Database, runInTenant } from '@zhanqun/shared';
import { createTestEnvironment } from '@zhanqun/testing';
import { createApi } from '../apps/api/src/create-api';
import { createWorker } from '../apps/worker/src/create-worker';
import { forgetProvisioningRebuilds } from './group-rebuild';
import { round } from './measure';
import { seedSyntheticGroup } from './synthetic-group';

/**
 * CPU per page of rendering one site's rebuild chunks in this process, with no queue, other
 * worker or disk between: steadier than a group rebuild (a few per cent between runs here, where
 * the rebuild's figures move by a third), for weighing a change to the render path.
 *   npm run build && node dist/bench/chunk-cpu.js [--articles 2000] [--rounds 5]
 * Set TMPDIR=/dev/shm to keep the disk out entirely.
 */
async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: { articles: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '5' } },
  });
  const env = createTestEnvironment();
  const infrastructure = await openInfrastructure(env.config);
  const api = await createApi(env.config, infrastructure);
  try {
    await firstStart(api, env.config);
    const [siteId] = await seedSyntheticGroup(api, 1, Number(flags.articles));
    await forgetProvisioningRebuilds(api, env.config);
    const worker = await createWorker(env.config, infrastructure);
    try {
      const snapshot = await runInTenant({ siteId }, () => worker.get(SnapshotLoader).load(siteId));
      const pageKeys = await worker.get(PagePlanner).allPages(snapshot!);
      const pages = worker.get(PageRenderService);
      const chunkPages = env.config.rebuildChunkPages;
      const figures: number[] = [];
      for (let round_ = 0; round_ < Number(flags.rounds); round_++) {
        rmSync(join(env.config.publishRoot, 'sites'), { recursive: true, force: true });
        await api.get(Database).crossTenant('publishing').query('DELETE FROM page_manifest');
        const runId = `chunk-cpu-${round_}`;
        const before = process.cpuUsage();
        for (let offset = 0, chunkNo = 0; offset < pageKeys.length; offset += chunkPages, chunkNo++) {
          await pages.renderChunk({ runId, siteId, chunkNo, pageKeys: pageKeys.slice(offset, offset + chunkPages), stale: [] });
        }
        const cpu = process.cpuUsage(before);
        figures.push(round((cpu.user + cpu.system) / 1000 / pageKeys.length, 3));
      }
      console.log(JSON.stringify({ pages: pageKeys.length, cpuMsPerPage: figures }));
    } finally {
      await worker.close();
    }
  } finally {
    await api.close();
    await infrastructure.close();
    await env.dispose();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
