import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { queuePrefix } from '../redis/redis';
import { Queue, QueueEvents, Worker, type Processor, type WorkerOptions } from 'bullmq';
import Redis from 'ioredis';

/** The BullMQ queues and workers of one process (queue names belong to their domains), on connections it owns and closes. */
@Injectable()
export class QueueRegistry implements OnModuleDestroy {
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];
  private readonly events: QueueEvents[] = [];
  private readonly connections: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private connection(): Redis {
    const redis = new Redis(this.config.redisUrl, { maxRetriesPerRequest: null });
    this.connections.push(redis);
    return redis;
  }

  queue(name: string): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: this.connection(),
        prefix: queuePrefix(this.config),
        defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: true, removeOnFail: 1000 },
      });
      this.queues.set(name, queue);
    }
    return queue;
  }

  worker(name: string, processor: Processor, options: Partial<WorkerOptions> = {}): Worker {
    const worker = new Worker(name, processor, {
      connection: this.connection(),
      prefix: queuePrefix(this.config),
      ...options,
    });
    this.workers.push(worker);
    return worker;
  }

  /** The job events of a queue, from every process (on a connection of their own). */
  queueEvents(name: string): QueueEvents {
    const events = new QueueEvents(name, { connection: this.connection(), prefix: queuePrefix(this.config) });
    this.events.push(events);
    return events;
  }

  /** Stops taking jobs and waits for running ones (force: abandon them, as a crash would). */
  async closeWorkers(force = false): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close(force)));
  }

  async onModuleDestroy(): Promise<void> {
    await this.closeWorkers();
    await Promise.all([...this.queues.values(), ...this.events].map((closable) => closable.close()));
    for (const connection of this.connections) connection.disconnect();
  }
}
