import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { readSiteConfig, type SiteConfig } from './config';
import type { DynamicRoutes } from './dynamic/dynamic-routes';
import { createSiteServer } from './server';

/**
 * apps/site entry: SITE_PORT, PUBLISH_ROOT, SITE_WORKERS (a number or `auto`), SITE_CACHE_MB.
 * With more than one worker, the primary process only forks, restarts and stops the workers;
 * each worker is a full server with its own cache, sharing the port through node:cluster.
 */
function announce(port: number, config: SiteConfig): void {
  const processes = config.workers > 1 ? ` (${config.workers} processes)` : '';
  console.log(`[site] 站群 site server listening on http://0.0.0.0:${port}, serving ${config.publishRoot}${processes}`);
}

/**
 * The database-backed handlers (search, 互动交流), loaded only when DATABASE_URL is set: without
 * them apps/site needs no database and none of the domain libraries. A bad setting leaves them
 * off, not the site down.
 */
function dynamicRoutes(config: SiteConfig): DynamicRoutes | null {
  if (!config.dynamic) return null;
  try {
    // A require, not an import: the domain libraries load only when the dynamic paths are on.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { createDynamicRoutes } = require('./dynamic/dynamic-routes') as typeof import('./dynamic/dynamic-routes');
    return createDynamicRoutes();
  } catch (error) {
    console.error(`[site] search and 互动交流 are off: ${(error as Error).message}`);
    return null;
  }
}

function runServer(config: SiteConfig): void {
  const dynamic = dynamicRoutes(config);
  const site = createSiteServer({ publishRoot: config.publishRoot, cacheBytes: config.cacheBytes, dynamicRoutes: dynamic?.routes });
  site.server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(`[site] cannot listen on port ${config.port}: ${error.code ?? error.message}`);
    process.exit(1);
  });
  site.server.listen(config.port, () => {
    if (cluster.isPrimary) announce((site.server.address() as AddressInfo).port, config);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void Promise.all([site.close(), dynamic?.close()]).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (cluster.isWorker) process.on('disconnect', stop); // the primary is gone
}

function runPrimary(config: SiteConfig): void {
  let stopping = false;
  let announced = false;
  const recentExits: number[] = [];

  const alive = (): Worker[] => Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    if (alive().length === 0) process.exit(code);
    for (const worker of alive()) worker.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (alive().length === 0) process.exit(code);
    });
    setTimeout(() => {
      for (const worker of alive()) worker.process.kill('SIGKILL');
      process.exit(code);
    }, 10_000).unref();
  };

  cluster.on('listening', (_worker, address) => {
    if (announced) return;
    announced = true;
    announce(address.port, config);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    recentExits.push(now);
    while (recentExits[0] < now - 10_000) recentExits.shift();
    if (!announced || recentExits.length > 5) {
      console.error(`[site] worker ${worker.process.pid} exited (${signal ?? code}); giving up`);
      stop(1);
      return;
    }
    console.error(`[site] worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    cluster.fork();
  });
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  for (let i = 0; i < config.workers; i++) cluster.fork();
}

let config: SiteConfig;
try {
  config = readSiteConfig();
} catch (error) {
  console.error(`[site] ${(error as Error).message}`);
  process.exit(1);
}
if (config.workers > 1 && cluster.isPrimary) runPrimary(config);
else runServer(config);
