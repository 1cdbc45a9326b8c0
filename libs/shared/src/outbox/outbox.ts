import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { Database } from '../database/database';
import { afterCommit, inUnitOfWork } from '../database/unit-of-work';
import { REDIS } from '../redis/redis.module';
import type { OutboxEvent } from './outbox-events';
import { OutboxMessage } from './outbox-message.entity';

/** The Redis channel on which a commit wakes the relay (it also polls, so a lost wake-up only delays). */
export const outboxChannel = (config: AppConfig) => `${config.redisPrefix}:outbox`;

/**
 * Writes what must follow a change into the change's own transaction: if the change commits,
 * the events are delivered (at least once); if it rolls back, they never existed.
 */
@Injectable()
export class Outbox {
  constructor(
    private readonly db: Database,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async add(...events: OutboxEvent[]): Promise<void> {
    if (!events.length) return;
    if (!inUnitOfWork()) throw new Error('Outbox events are written inside a unit of work (UnitOfWork.run)');
    await this.db.manager.insert(
      OutboxMessage,
      events.map((payload) => ({ topic: payload.topic, payload })),
    );
    afterCommit(() => {
      this.redis.publish(outboxChannel(this.config), '1').catch(() => undefined);
    });
  }
}
