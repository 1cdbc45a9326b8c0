import 'reflect-metadata';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { QueueName } from '@zhanqun/publishing';
import { QueueRegistry } from '@zhanqun/shared';
import { processEnvOf } from '@zhanqun/testing';
import { DataSource } from 'typeorm';
import { openBenchStack, runBench, seedBenchGroup } from './bench-stack';
import { assertAllPagesWritten, rebuildGroup } from './group-rebuild';
import { measureHugo } from './hugo-bench';
import { round } from './measure';
import { cpuSeconds, databaseServerPid } from './memory';
import { reportProfiles } from './profile-report';
import { chooseOutputMedium } from './output-medium';
import { WorkerPool } from './workers';

const DIST = join(__dirname, '..');

/**
 * The full group rebuild and Hugo side by side, alone (no publishing, serving or search phases):
 *   npm run build && node dist/bench/rebuild-run.js [--sites 20] [--articles 2000] [--workers 2] [--profile dir] [--on-disk]
 */
async function main(): Promise<void> {
  const { values: flags } = parseArgs({
    options: {
      sites: { type: 'string', default: '20' },
      articles: { type: 'string', default: '2000' },
      workers: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '4' }, // WORKER_CONCURRENCY as deployed
      profile: { type: 'string' },
      'on-disk': { type: 'boolean' },
    },
  });
  const outputMedium = chooseOutputMedium(flags['on-disk']);
  const stack = await openBenchStack();
  const { config, api, scratch } = stack;
  const workers = new WorkerPool({
    script: join(DIST, 'apps/worker/src/main.js'),
    count: Number(flags.workers),
    env: { ...process.env, ...processEnvOf(config), WORKER_CONCURRENCY: flags.concurrency },
    profileDir: flags.profile,
    queue: api.get(QueueRegistry).queue(QueueName.Render),
  });
  try {
    await seedBenchGroup(stack, Number(flags.sites), Number(flags.articles));
    await workers.start('rebuild');
    const database = databaseServerPid();
    const cpuBefore = { workers: workers.cpuSeconds(), database: database ? cpuSeconds(database) : 0 };
    const rebuild = await rebuildGroup(api);
    const cpu = {
      workers: workers.cpuSeconds() - cpuBefore.workers,
      database: database ? cpuSeconds(database) - cpuBefore.database : Number.NaN,
    };
    const workerPeakRssMb = workers.peakRssMb();
    await workers.stop();
    await assertAllPagesWritten(api, rebuild.pages);
    const hugo = await measureHugo(api.get(DataSource), join(scratch, 'hugo'));
    if (flags.profile) await reportProfiles(flags.profile);
    const rebuildPagesPerSec = rebuild.pages / rebuild.seconds;
    console.log(
      JSON.stringify({
        outputMedium,
        rebuildPages: rebuild.pages,
        rebuildPagesPerSec: round(rebuildPagesPerSec, 0),
        hugoPagesPerSec: hugo ? round(hugo.pagesPerSec, 0) : null,
        rebuildVsHugo: hugo ? round(rebuildPagesPerSec / hugo.pagesPerSec, 2) : null,
        workerPeakRssMb: round(workerPeakRssMb, 0),
        // CPU per page: steadier than wall time on a noisy disk, for comparing two commits.
        workerCpuMsPerPage: round((cpu.workers * 1000) / rebuild.pages, 3),
        databaseCpuMsPerPage: round((cpu.database * 1000) / rebuild.pages, 3),
      }),
    );
  } finally {
    await workers.stop();
    await stack.close();
  }
}

runBench(main);
