import 'reflect-metadata';
import { openInfrastructure, runMain, stopOnSignals } from '@zhanqun/platform';
import { loadConfig } from '@zhanqun/shared';
import { createApi } from './create-api';

runMain('api', async () => {
  const config = loadConfig();
  const infrastructure = await openInfrastructure(config);
  const app = await createApi(config, infrastructure);
  await app.listen(config.apiPort);
  console.log(`[api] listening on http://localhost:${config.apiPort}/api/v1 (docs: /api/docs)`);
  stopOnSignals(async () => {
    await app.close();
    await infrastructure.close();
  });
});
