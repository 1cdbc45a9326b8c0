import { Global, Module, type DynamicModule } from '@nestjs/common';
import type Redis from 'ioredis';

export const REDIS = Symbol('REDIS');

/** Provides the shared (non-blocking) Redis connection. */
@Global()
@Module({})
export class RedisModule {
  static forRoot(redis: Redis): DynamicModule {
    return { module: RedisModule, providers: [{ provide: REDIS, useValue: redis }], exports: [REDIS] };
  }
}
