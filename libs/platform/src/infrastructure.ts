import { connectRedis, openDataSource, type AppConfig } from '@zhanqun/shared';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';

/** The connections an app process owns: MySQL (migrated) and Redis. */
export interface Infrastructure {
  dataSource: DataSource;
  redis: Redis;
  close(): Promise<void>;
}

export async function openInfrastructure(
  config: AppConfig,
  options: { migrate?: boolean; poolSize?: number } = {},
): Promise<Infrastructure> {
  const redis = await connectRedis(config);
  let dataSource: DataSource;
  try {
    dataSource = await openDataSource(config, { entities: ALL_ENTITIES, ...options });
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  return {
    dataSource,
    redis,
    async close() {
      await dataSource.destroy();
      redis.disconnect();
    },
  };
}
