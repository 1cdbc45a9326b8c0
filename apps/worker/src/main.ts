import 'reflect-metadata';
import { openInfrastructure, runMain, stopOnSignals } from '@zhanqun/platform';
import { loadConfig } from '@zhanqun/shared';
import { createWorker } from './create-worker';

runMain('worker', async () => {
  const config = loadConfig();
  const infrastructure = await openInfrastructure(config);
  const app = await createWorker(config, infrastructure);
  console.log(`[worker] rendering into ${config.publishRoot}`);
  stopOnSignals(async () => {
    await app.close();
    await infrastructure.close();
  });
});
