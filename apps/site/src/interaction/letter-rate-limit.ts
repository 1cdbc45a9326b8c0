import { connectRedis, type AppConfig } from '@zhanqun/shared';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * How many letters one address may send per hour, counted in Redis so every apps/site process
 * shares the count. Connects on first use and again after a failure; throws while Redis is down.
 */
export class LetterRateLimit {
  private limiter: Promise<RateLimiterRedis> | null = null;
  private redis: Redis | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly lettersPerHour = config.lettersPerHour,
  ) {}

  async take(ip: string): Promise<RateDecision> {
    const limiter = await this.connect();
    try {
      await limiter.consume(ip);
      return { ok: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
  }

  private connect(): Promise<RateLimiterRedis> {
    this.limiter ??= connectRedis(this.config).then(
      (redis) => {
        this.redis = redis;
        return new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `${this.config.redisPrefix}:letters`,
          points: this.lettersPerHour,
          duration: 3600,
        });
      },
      (error: unknown) => {
        this.limiter = null;
        throw error;
      },
    );
    return this.limiter;
  }

  async close(): Promise<void> {
    this.limiter = null;
    this.redis?.disconnect();
    this.redis = null;
  }
}
