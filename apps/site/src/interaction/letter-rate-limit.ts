import { connectRedis, RetryingLazy, type AppConfig } from '@zhanqun/shared';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateKey } from './rate-key';

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

interface Connected {
  redis: Redis;
  limiter: RateLimiterRedis;
}

/**
 * How many letters one address may send per hour, counted in Redis so every apps/site process
 * shares the count. Connects on first use and again after a failure; throws at once while Redis
 * is out of reach (never queues a citizen's request behind a reconnect).
 */
export class LetterRateLimit {
  private readonly connection: RetryingLazy<Connected>;

  constructor(config: AppConfig, lettersPerHour = config.lettersPerHour) {
    this.connection = new RetryingLazy(async () => {
      const redis = await connectRedis(config);
      const limiter = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.redisPrefix}:letters`,
        points: lettersPerHour,
        duration: 3600,
        rejectIfRedisNotReady: true,
      });
      return { redis, limiter };
    });
  }

  async take(ip: string): Promise<RateDecision> {
    const { limiter } = await this.connection.get();
    try {
      await limiter.consume(rateKey(ip));
      return { ok: true };
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(rejection.msBeforeNext / 1000) };
      throw rejection;
    }
  }

  /** Gives back what `take` counted when the letter could not be stored after all. */
  async refund(ip: string): Promise<void> {
    const { limiter } = await this.connection.get();
    await limiter.reward(rateKey(ip), 1);
  }

  async close(): Promise<void> {
    await this.connection
      .take()
      ?.then(({ redis }) => redis.disconnect())
      .catch(() => undefined);
  }
}
