import Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { ConfigError } from '../config/app-config';
import { redact } from '../database/ensure-database';

/** A Redis connection to REDIS_URL. BullMQ workers need `maxRetriesPerRequest: null`. */
export function createRedis(config: AppConfig, forBlockingWork = false): Redis {
  return new Redis(config.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: forBlockingWork ? null : 3,
    enableReadyCheck: true,
  });
}

/** Connects, or fails with one line naming the URL and how to start Redis. */
export async function connectRedis(config: AppConfig, forBlockingWork = false): Promise<Redis> {
  const redis = createRedis(config, forBlockingWork);
  redis.on('error', () => undefined); // reported by the awaited connect/commands instead
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.connect(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out after 5 s')), 5000);
      }),
    ]);
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(
      `Cannot reach Redis at ${redact(config.redisUrl)} (${reason}). ` +
        'Start it (e.g. `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`) or set REDIS_URL.',
    );
  } finally {
    clearTimeout(timer);
  }
  return redis;
}

/** The BullMQ key prefix of this deployment. */
export function queuePrefix(config: AppConfig): string {
  return `${config.redisPrefix}:bull`;
}
