import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { firstStart, openInfrastructure } from '@zhanqun/platform';
import { QueueName } from '@zhanqun/publishing';
import { QueueRegistry } from '@zhanqun/shared';
import { createTestEnvironment, processEnvOf } from '@zhanqun/testing';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/create-api';
import { assertAllPagesWritten, forgetProvisioningRebuilds, rebuildGroup } from './group-rebuild';
import { measureHugo } from './hugo-bench';
import { round } from './measure';
import { cpuSeconds, databaseServerPid } from './memory';
import { reportProfiles } from './profile-report';
import { chooseOutputMedium } from './output-medium';
import { seedSyntheticGroup } from './synthetic-group';
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
  const env = createTestEnvironment();
  const config = env.config;
  const infrastructure = await openInfrastructure(config);
  const api = await createApi(config, infrastructure);
  const scratch = mkdtempSync(join(tmpdir(), 'zq-bench-'));
  const workers = new WorkerPool({
    script: join(DIST, 'apps/worker/src/main.js'),
    count: Number(flags.workers),
    env: { ...process.env, ...processEnvOf(config), WORKER_CONCURRENCY: flags.concurrency },
    profileDir: flags.profile,
    queue: api.get(QueueRegistry).queue(QueueName.Render),
  });
  try {
    await firstStart(api, config);
    await seedSyntheticGroup(api, Number(flags.sites), Number(flags.articles));
    await forgetProvisioningRebuilds(api, config);
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
    await api.close();
    await infrastructure.close();
    await env.dispose();
    rmSync(scratch, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
