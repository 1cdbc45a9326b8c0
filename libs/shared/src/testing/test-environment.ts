import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { loadConfig, type AppConfig } from '../config/app-config';
import { dropDatabase } from '../database/ensure-database';

/**
 * A private database, Redis key prefix and publish root for one test file. `dispose()` drops
 * them all, so runs never share state and leave nothing behind.
 */
export interface TestEnvironment {
  config: AppConfig;
  dispose(): Promise<void>;
}

export function createTestEnvironment(overrides: NodeJS.ProcessEnv = {}): TestEnvironment {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const base = new URL(process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/');
  base.pathname = `/zq_test_${id}`;
  const publishRoot = mkdtempSync(join(tmpdir(), 'zq-www-'));
  const mediaRoot = mkdtempSync(join(tmpdir(), 'zq-media-'));
  const config = loadConfig({
    DATABASE_URL: base.toString(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0',
    REDIS_PREFIX: `zqtest:${id}`,
    PUBLISH_ROOT: publishRoot,
    MEDIA_ROOT: mediaRoot,
    PLATFORM_DOMAIN: 'zhanqun.test',
    PUBLIC_PORT: '',
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD: 'Admin#2026pass',
    JWT_SECRET: 'test-secret',
    ...overrides,
  });
  return {
    config,
    async dispose() {
      await dropDatabase(config.databaseUrl);
      await deleteRedisPrefix(config);
      rmSync(publishRoot, { recursive: true, force: true });
      rmSync(mediaRoot, { recursive: true, force: true });
    },
  };
}

/** The variables that make an app process (api, worker, apps/site) run on this test environment. */
export function processEnvOf(config: AppConfig): NodeJS.ProcessEnv {
  return {
    DATABASE_URL: config.databaseUrl,
    REDIS_URL: config.redisUrl,
    REDIS_PREFIX: config.redisPrefix,
    PUBLISH_ROOT: config.publishRoot,
    MEDIA_ROOT: config.mediaRoot,
    PLATFORM_DOMAIN: config.platformDomain,
    PUBLIC_PORT: '',
    ADMIN_USERNAME: config.adminUsername,
    ADMIN_PASSWORD: config.adminPassword,
    JWT_SECRET: config.jwtSecret,
  };
}

async function deleteRedisPrefix(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${config.redisPrefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
