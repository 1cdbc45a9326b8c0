import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { APP_CONFIG, Database, OutboxRelay, REDIS, type AppConfig, QueueRegistry } from '@zhanqun/shared';
import { StandardsModule } from '@zhanqun/standards';
import { TenancyModule } from '@zhanqun/tenancy';
import type Redis from 'ioredis';
import { PublicationReactions } from './events/publication-reactions';
import { PageFreshness } from './jobs/page-freshness';
import { QueueName, type PublishQueueJob, type RenderQueueJob, type TimingQueueJob } from './jobs/queues';
import { RedisLossRecovery } from './jobs/redis-loss-recovery';
import { RenderPriority } from './jobs/render-priority';
import { RenderQueue } from './jobs/render-queue';
import { RenderProcessor } from './jobs/render.processor';
import { TimingProcessor } from './jobs/timing.processor';
import { TimingService } from './jobs/timing.service';
import { HostsWriter } from './output/hosts-writer';
import { PagePlanner } from './render/page-planner';
import { PageRenderService } from './render/page-render.service';
import { RebuildReads } from './render/rebuild-reads';
import { THEME_ASSETS_DIR } from './render/theme-assets';
import { RebuildRunner } from './runs/rebuild-runner';

/** Articles rendered at once by one worker process on the publish lane. */
const PUBLISH_LANE_CONCURRENCY = 4;

/** The consuming side, in apps/worker: the outbox relay and its publishing reactions, BullMQ workers for rendering and timers. */
@Module({
  imports: [ContentModule, TenancyModule, StandardsModule],
  providers: [
    PageRenderService,
    RebuildReads,
    HostsWriter,
    RenderQueue,
    RenderPriority,
    RedisLossRecovery,
    RebuildRunner,
    PublicationReactions,
    OutboxRelay,
    RenderProcessor,
    TimingProcessor,
    {
      provide: PagePlanner,
      inject: [Database],
      useFactory: (db: Database) => new PagePlanner(db, THEME_ASSETS_DIR),
    },
    {
      provide: PageFreshness,
      inject: [REDIS, APP_CONFIG],
      useFactory: (redis: Redis, config: AppConfig) => new PageFreshness(redis, config.redisPrefix),
    },
  ],
  exports: [HostsWriter],
})
export class PublishingWorkerModule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');
  private reconcile: NodeJS.Timeout | null = null;

  constructor(
    private readonly queues: QueueRegistry,
    private readonly render: RenderProcessor,
    private readonly timing: TimingProcessor,
    private readonly timers: TimingService,
    private readonly hosts: HostsWriter,
    private readonly relay: OutboxRelay,
    private readonly redisLoss: RedisLossRecovery,
    private readonly priority: RenderPriority,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const lockDuration = this.config.workerLockMs;
    const renderWorker = this.queues.worker(QueueName.Render, (job) => this.render.process(job as RenderQueueJob), {
      concurrency: this.config.workerConcurrency,
      lockDuration,
      stalledInterval: lockDuration,
    });
    // The publish lane has workers of its own: an article going live never waits for a free slot behind rebuild chunks.
    const publishWorker = this.queues.worker(QueueName.Publish, (job) => this.render.processUrgent(job as PublishQueueJob), {
      concurrency: PUBLISH_LANE_CONCURRENCY,
      lockDuration,
      stalledInterval: lockDuration,
    });
    this.priority.watch(this.queues.queueEvents(QueueName.Publish));
    for (const worker of [renderWorker, publishWorker]) {
      worker.on('completed', (job, result) => {
        this.render
          .afterCompleted(job as RenderQueueJob, result)
          .catch((error: unknown) => this.logger.warn(`Re-queueing ${job.id} failed: ${error}`));
      });
    }
    this.queues.worker(QueueName.Timing, (job) => this.timing.process(job as TimingQueueJob), {
      concurrency: 4,
      lockDuration,
      stalledInterval: lockDuration,
    });
    await this.hosts.write();
    await this.relay.start();
    const timers = await this.timers.recover();
    await this.redisLoss.check();
    this.logger.log(`Outbox relay, render and timing workers started (${timers} timers re-armed)`);
    // Redis keeps nothing on disk here: if it restarts, delayed jobs are gone. The database is
    // the truth, so timers are re-armed from it periodically (job ids make this idempotent), and
    // what a Redis that came back empty lost is queued again.
    this.reconcile = setInterval(() => {
      this.timers.recover().catch((error: unknown) => this.logger.warn(`Re-arming timers failed: ${error}`));
      this.redisLoss.check().catch((error: unknown) => this.logger.warn(`Checking Redis for lost data failed: ${error}`));
      // A certificate put in NGINX_CERT_DIR takes its domain over to HTTPS without a domain change.
      this.hosts.refreshNginx().catch((error: unknown) => this.logger.warn(`Refreshing the nginx file failed: ${error}`));
    }, this.config.timerReconcileMs);
    this.reconcile.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.reconcile) clearInterval(this.reconcile);
    await this.relay.stop();
  }
}
