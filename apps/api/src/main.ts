import 'reflect-metadata';
import { openInfrastructure, runMain } from '@zhanqun/platform';
import { loadConfig } from '@zhanqun/shared';
import { createApi } from './create-api';

runMain('api', async () => {
  const config = loadConfig();
  const infrastructure = await openInfrastructure(config);
  const app = await createApi(config, infrastructure);
  await app.listen(config.apiPort);
  console.log(`[api] listening on http://localhost:${config.apiPort}/api/v1 (docs: /api/docs)`);
  const stop = async () => {
    await app.close();
    await infrastructure.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
