import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { createSiteServer } from './server';

/** apps/site entry: SITE_PORT, PUBLISH_ROOT, SITE_WORKERS (a number or `auto`), SITE_CACHE_MB. */
const port = Number(process.env.SITE_PORT ?? 8080);
const publishRoot = resolve(process.env.PUBLISH_ROOT ?? './var/www');
const workersSetting = process.env.SITE_WORKERS ?? '1';
const workers = workersSetting === 'auto' ? availableParallelism() : Math.max(1, Number(workersSetting) || 1);
const cacheBytes = Math.max(1, Number(process.env.SITE_CACHE_MB ?? 256)) * 1024 * 1024;

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`[site] SITE_PORT=${process.env.SITE_PORT} is not a valid port`);
  process.exit(1);
}

if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  console.log(`[site] 站群 site server listening on http://0.0.0.0:${port} (${workers} processes), serving ${publishRoot}`);
  const stop = () => {
    const children = Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
    let running = children.length;
    for (const worker of children) {
      worker.once('exit', () => --running === 0 && process.exit(0));
      worker.kill('SIGTERM');
    }
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  const site = createSiteServer({ publishRoot, cacheBytes });
  site.server.listen(port, () => {
    if (cluster.isPrimary) console.log(`[site] 站群 site server listening on http://0.0.0.0:${port}, serving ${publishRoot}`);
  });
  // A cluster worker just exits: its primary is shutting the listener down for everyone.
  const stop = cluster.isWorker ? () => process.exit(0) : () => void site.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
