import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { runInContext } from '../context/request-context';
import { retryOnDeadlock } from '../errors/deadlock';
import { crashPoint } from '../faults/crash-point';
import { REDIS } from '../redis/redis.module';
import { outboxChannel } from './outbox';
import type { OutboxEvent } from './outbox-events';
import { OutboxHandlers } from './outbox-handlers';

const BATCH = 50;
/** Rows handled at once within a batch (handlers are idempotent and act on current state, so order is free). */
const CONCURRENCY = 8;
const POLL_MS = 1000;
/** Delivery lags kept in Redis for `npm run bench` (outboxLagP95Ms). */
const LAG_SAMPLES = 2000;

interface ClaimedRow {
  id: string;
  payload: string | OutboxEvent;
  attempts: number;
  ageMs: number;
}

/** Retries wait longer each time, up to ten minutes; a row is never dropped. */
const retryDelaySeconds = (attempts: number) => Math.min(600, 2 ** Math.min(attempts, 10));

/** The Redis list of recent commit → delivered lags in ms (newest first). */
export const outboxLagKey = (config: AppConfig) => `${config.redisPrefix}:outbox:lag-ms`;

/**
 * Delivers outbox rows to their handlers, at least once: a batch is claimed with a lease
 * (OUTBOX_LEASE_MS), each
 * row deleted only after its handlers succeeded; a worker killed mid-batch leaves its claim to
 * expire, and the rows are delivered again by whichever relay comes next. A commit wakes the
 * relay through Redis; it also polls, so a lost wake-up (Redis restarting) only delays delivery.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger('OutboxRelay');
  private subscriber: Redis | null = null;
  private running = false;
  private wake: (() => void) | null = null;
  /** A wake-up that came while a batch was being delivered: the next idle() returns at once. */
  private wokenWhileBusy = false;
  private loopDone: Promise<void> = Promise.resolve();

  constructor(
    private readonly dataSource: DataSource,
    private readonly handlers: OutboxHandlers,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(): Promise<void> {
    this.handlers.assertComplete();
    this.running = true;
    this.subscriber = this.redis.duplicate();
    this.subscriber.on('message', () => this.wakeUp());
    this.subscriber.on('error', () => undefined); // a Redis restart only costs wake-ups; polling goes on
    await this.subscriber.subscribe(outboxChannel(this.config)).catch(() => undefined);
    this.loopDone = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp();
    await this.loopDone;
    this.subscriber?.disconnect();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let delivered = 0;
      try {
        delivered = await this.relayBatch();
      } catch (error) {
        this.logger.warn(`Outbox relay paused: ${error instanceof Error ? error.message : error}`);
      }
      if (delivered < BATCH && this.running) await this.idle();
    }
  }

  private wakeUp(): void {
    if (this.wake) this.wake();
    else this.wokenWhileBusy = true;
  }

  /** Waits for a commit's wake-up or the poll interval, whichever comes first. */
  private idle(): Promise<void> {
    if (this.wokenWhileBusy) {
      this.wokenWhileBusy = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      const timer = setTimeout(done, POLL_MS);
      this.wake = done;
    });
  }

  /** Claims, delivers and deletes one batch; returns how many rows it claimed. */
  async relayBatch(): Promise<number> {
    const token = randomUUID();
    await retryOnDeadlock(() =>
      this.dataSource.query(
        `UPDATE outbox_messages SET claimed_by = ?, claimed_until = NOW(3) + INTERVAL ? MICROSECOND, attempts = attempts + 1
          WHERE available_at <= NOW(3) AND (claimed_until IS NULL OR claimed_until < NOW(3)) ORDER BY id LIMIT ?`,
        [token, this.config.outboxLeaseMs * 1000, BATCH],
      ),
    );
    const rows: ClaimedRow[] = await this.dataSource.query(
      `SELECT id, payload, attempts, TIMESTAMPDIFF(MICROSECOND, created_at, NOW(3)) / 1000 AS ageMs
         FROM outbox_messages WHERE claimed_by = ? ORDER BY id`,
      [token],
    );
    const lags: number[] = [];
    for (let i = 0; i < rows.length; i += CONCURRENCY) {
      await Promise.all(rows.slice(i, i + CONCURRENCY).map((row) => this.deliver(row, token, lags)));
    }
    if (lags.length) {
      await this.redis
        .multi()
        .lpush(outboxLagKey(this.config), ...lags.map(String))
        .ltrim(outboxLagKey(this.config), 0, LAG_SAMPLES - 1)
        .exec()
        .catch(() => undefined);
    }
    return rows.length;
  }

  private async deliver(row: ClaimedRow, token: string, lags: number[]): Promise<void> {
    const started = Date.now();
    const event: OutboxEvent = typeof row.payload === 'string' ? JSON.parse(row.payload) : row.payload;
    try {
      await runInContext({ siteId: 'siteId' in event ? event.siteId : undefined }, () => this.handlers.deliver(event));
      crashPoint('relay.after-deliver');
      await this.dataSource.query('DELETE FROM outbox_messages WHERE id = ? AND claimed_by = ?', [row.id, token]);
      lags.push(Math.round(Number(row.ageMs) + Date.now() - started));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn(`Delivering ${event.topic} (outbox ${row.id}, attempt ${row.attempts}) failed: ${message}`);
      await this.dataSource.query(
        `UPDATE outbox_messages SET claimed_by = NULL, claimed_until = NULL, available_at = NOW(3) + INTERVAL ? SECOND, last_error = ?
          WHERE id = ? AND claimed_by = ?`,
        [retryDelaySeconds(row.attempts), message.slice(0, 1000), row.id, token],
      );
    }
  }
}
