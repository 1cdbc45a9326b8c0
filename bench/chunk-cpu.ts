import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PagePlanner, PageRenderService, SnapshotLoader } from '@zhanqun/publishing';
import { Database, runInTenant } from '@zhanqun/shared';
import { createWorker } from '../apps/worker/src/create-worker';
import { openBenchStack, runBench, seedBenchGroup } from './bench-stack';
import { round } from './measure';
import { chooseOutputMedium } from './output-medium';

/**
 * CPU per page of rendering one site's rebuild chunks in this process, with no queue, other
 * worker or disk between: steadier than a group rebuild (a few per cent between runs here, where
 * the rebuild's figures move by a third), for weighing a change to the render path.
 *   npm run build && node dist/bench/chunk-cpu.js [--articles 2000] [--rounds 5] [--on-disk]
 */
async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      rounds: { type: 'string', default: '5' },
      'on-disk': { type: 'boolean' },
    },
  });
  chooseOutputMedium(flags['on-disk']);
  const stack = await openBenchStack();
  const { config, api } = stack;
  try {
    const [siteId] = await seedBenchGroup(stack, 1, Number(flags.articles));
    const worker = await createWorker(config, stack.infrastructure);
    try {
      const snapshot = await runInTenant({ siteId }, () => worker.get(SnapshotLoader).load(siteId));
      const pageKeys = await worker.get(PagePlanner).allPages(snapshot!);
      const pages = worker.get(PageRenderService);
      const chunkPages = config.rebuildChunkPages;
      const figures: number[] = [];
      for (let pass = 0; pass < Number(flags.rounds); pass++) {
        rmSync(join(config.publishRoot, 'sites'), { recursive: true, force: true });
        await api.get(Database).crossTenant('publishing').query('DELETE FROM page_manifest');
        const runId = `chunk-cpu-${pass}`;
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
    await stack.close();
  }
}

runBench(main);
