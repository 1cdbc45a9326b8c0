import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** apps/site settings, from the environment. */
export interface SiteConfig {
  port: number;
  publishRoot: string;
  workers: number;
  cacheBytes: number;
  /** Serve /search, /api/public/search and /interaction from the database named by DATABASE_URL. */
  dynamic: boolean;
}

/**
 * Reads SITE_PORT (8080), PUBLISH_ROOT (./var/www), SITE_WORKERS (1; `auto` = CPU count) and
 * SITE_CACHE_MB (256, per process); search and 互动交流 are on when DATABASE_URL is set. Throws one readable line for a bad value.
 */
export function readSiteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const port = Number(env.SITE_PORT?.trim() || 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SITE_PORT=${env.SITE_PORT} is not a port number (0-65535)`);
  }
  const workersSetting = env.SITE_WORKERS?.trim() || '1';
  const workers = workersSetting === 'auto' ? availableParallelism() : Number(workersSetting);
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new Error(`SITE_WORKERS=${env.SITE_WORKERS} must be a whole number from 1 to 256, or "auto"`);
  }
  const cacheMb = Number(env.SITE_CACHE_MB?.trim() || 256);
  if (!Number.isFinite(cacheMb) || cacheMb < 0) {
    throw new Error(`SITE_CACHE_MB=${env.SITE_CACHE_MB} must be a number of megabytes (0 disables the cache)`);
  }
  return {
    port,
    publishRoot: resolve(env.PUBLISH_ROOT?.trim() || './var/www'),
    workers,
    cacheBytes: Math.floor(cacheMb * 1024 * 1024),
    dynamic: Boolean(env.DATABASE_URL?.trim()),
  };
}
