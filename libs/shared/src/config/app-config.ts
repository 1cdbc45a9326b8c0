import proxyaddr from 'proxy-addr';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/** Everything the apps read from the environment, validated once at boot (README.md "Configuration"). */
export interface AppConfig {
  databaseUrl: string;
  redisUrl: string;
  /** Prefix for every Redis key and BullMQ queue of this deployment (tests use their own). */
  redisPrefix: string;
  apiPort: number;
  sitePort: number;
  platformDomain: string;
  publishRoot: string;
  adminUsername: string;
  /** Undefined: generate one at first start and print it once. */
  adminPassword?: string;
  demo: boolean;
  jwtSecret: string;
  /** Render jobs one worker process runs at once. */
  workerConcurrency: number;
  /** BullMQ lock; a killed worker's jobs are taken over after about this long. */
  workerLockMs: number;
  /** How often the worker re-arms publish/expire timers from the database (they survive a Redis loss). */
  timerReconcileMs: number;
  /** How long the outbox relay owns a claimed batch; a relay that dies is taken over after it. */
  outboxLeaseMs: number;
  /** Pages per rebuild job: smaller chunks mean finer progress and less work redone after a crash. */
  rebuildChunkPages: number;
  /** Public port citizens use, appended to generated absolute URLs (`:8080` in the demo). */
  publicPort: number | null;
  /** Where uploaded originals and thumbnails are kept (private; published copies go to PUBLISH_ROOT). */
  mediaRoot: string;
  /** Largest image upload, in bytes. */
  mediaMaxImageBytes: number;
  /** Largest attachment upload, in bytes. */
  mediaMaxFileBytes: number;
  /** Storage quota of a site until the portal center sets its own, in bytes. */
  mediaDefaultQuotaBytes: number;
  /** apps/site as nginx reaches it (`host:port`), for the generated PUBLISH_ROOT/nginx/sites.conf. */
  nginxUpstream: string;
  /**
   * Certificates of the site domains for the generated nginx file, `<dir>/<host>/fullchain.pem`
   * and `privkey.pem` (the same path for nginx and the worker); null: plain HTTP only.
   */
  nginxCertDir: string | null;
  /** How the generated HTTPS blocks turn HTTP/2 on: `on` (nginx ≥ 1.25.1), `listen` (older nginx) or `off`. */
  nginxHttp2: 'on' | 'listen' | 'off';
  /** Letters (领导信箱, 找错) one address may send per hour, across all sites. */
  lettersPerHour: number;
  /**
   * Proxies whose X-Forwarded-For is believed, comma-separated: `loopback`, `linklocal`,
   * `uniquelocal`, addresses or CIDRs (proxy-addr's names; not hop counts): the audit log and the
   * letter limit see the real client.
   */
  trustProxy: string[];
  /** The built web console (apps/admin) that apps/api serves at /admin/. */
  consoleRoot: string;
}

const MB = 1024 * 1024;

export class ConfigError extends Error {}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name}=${raw} is not a valid port (0-65535)`);
  }
  return value;
}

function trustProxy(raw: string | undefined): string[] {
  const value = (raw?.trim() || 'loopback').split(',').map((part) => part.trim());
  try {
    proxyaddr.compile(value);
  } catch (error) {
    throw new ConfigError(
      `TRUST_PROXY=${raw} is not a list of addresses, CIDRs or loopback/linklocal/uniquelocal (${(error as Error).message})`,
    );
  }
  return value;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name] ?? String(fallback);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new ConfigError(`${name}=${raw} must be a positive integer`);
  return value;
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string, protocols: string[]): string {
  const raw = env[name] ?? fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name}=${raw} is not a URL`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(`${name}=${raw} must start with ${protocols.join(' or ')}//`);
  }
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = url(env, 'DATABASE_URL', 'mysql://root@127.0.0.1:3306/zhanqun', ['mysql:', 'mariadb:']);
  if (!new URL(databaseUrl).pathname.replace(/^\//, '')) {
    throw new ConfigError(`DATABASE_URL=${databaseUrl} must name a database, e.g. mysql://root@127.0.0.1:3306/zhanqun`);
  }
  const platformDomain = (env.PLATFORM_DOMAIN ?? 'zhanqun.localhost').toLowerCase();
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(platformDomain)) {
    throw new ConfigError(`PLATFORM_DOMAIN=${platformDomain} is not a domain name`);
  }
  const sitePort = port(env, 'SITE_PORT', 8080);
  const publicPortRaw = env.PUBLIC_PORT ?? String(sitePort);
  const publicPort = publicPortRaw === '' || publicPortRaw === '80' ? null : Number(publicPortRaw);
  if (publicPort !== null && (!Number.isInteger(publicPort) || publicPort <= 0 || publicPort > 65535)) {
    throw new ConfigError(`PUBLIC_PORT=${publicPortRaw} is not a valid port`);
  }
  const nginxUpstream = env.NGINX_UPSTREAM || `127.0.0.1:${sitePort}`;
  if (!/^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\]):\d{1,5}$/.test(nginxUpstream)) {
    throw new ConfigError(`NGINX_UPSTREAM=${nginxUpstream} must be host:port, e.g. site:8080`);
  }
  const nginxCertDir = env.NGINX_CERT_DIR?.trim() ? resolve(env.NGINX_CERT_DIR.trim()) : null;
  if (nginxCertDir !== null && !/^\/[^\s"'`$;{}\\#]*$/.test(nginxCertDir)) {
    throw new ConfigError(`NGINX_CERT_DIR=${env.NGINX_CERT_DIR} must be a path without spaces, quotes, $ ; { } \\ or #`);
  }
  const nginxHttp2 = env.NGINX_HTTP2?.trim() || 'on';
  if (nginxHttp2 !== 'on' && nginxHttp2 !== 'listen' && nginxHttp2 !== 'off') {
    throw new ConfigError(`NGINX_HTTP2=${env.NGINX_HTTP2} must be on (nginx 1.25.1 or later), listen (older nginx) or off`);
  }
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if (adminPassword !== undefined && adminPassword.length < 8) {
    throw new ConfigError('ADMIN_PASSWORD must have at least 8 characters');
  }
  return {
    databaseUrl,
    redisUrl: url(env, 'REDIS_URL', 'redis://127.0.0.1:6379/0', ['redis:', 'rediss:']),
    redisPrefix: env.REDIS_PREFIX ?? 'zq',
    apiPort: port(env, 'API_PORT', 3000),
    sitePort,
    platformDomain,
    publishRoot: resolve(env.PUBLISH_ROOT ?? './var/www'),
    adminUsername: env.ADMIN_USERNAME || 'admin',
    adminPassword,
    demo: env.DEMO === '1' || env.DEMO === 'true',
    // Without JWT_SECRET every start signs with a fresh key: safe, but sessions end on restart.
    jwtSecret: env.JWT_SECRET || randomBytes(32).toString('hex'),
    publicPort,
    workerConcurrency: positive(env, 'WORKER_CONCURRENCY', 4),
    workerLockMs: positive(env, 'WORKER_LOCK_MS', 15000),
    rebuildChunkPages: positive(env, 'REBUILD_CHUNK_PAGES', 250),
    timerReconcileMs: positive(env, 'TIMER_RECONCILE_MS', 30000),
    outboxLeaseMs: positive(env, 'OUTBOX_LEASE_MS', 30000),
    mediaRoot: resolve(env.MEDIA_ROOT ?? './var/media'),
    mediaMaxImageBytes: positive(env, 'MEDIA_MAX_IMAGE_MB', 10) * MB,
    mediaMaxFileBytes: positive(env, 'MEDIA_MAX_FILE_MB', 100) * MB,
    mediaDefaultQuotaBytes: positive(env, 'MEDIA_DEFAULT_QUOTA_MB', 2048) * MB,
    nginxUpstream,
    nginxCertDir,
    nginxHttp2,
    lettersPerHour: positive(env, 'LETTERS_PER_HOUR', 5),
    trustProxy: trustProxy(env.TRUST_PROXY),
    consoleRoot: resolve(env.CONSOLE_ROOT ?? './dist/admin'),
  };
}
