import { Inject, Logger, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { APP_CONFIG, REDIS, type AppConfig, QueueRegistry } from '@zhanqun/shared';
import { StandardsModule } from '@zhanqun/standards';
import { TenancyModule } from '@zhanqun/tenancy';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { PageFreshness } from './jobs/page-freshness';
import { QueueName } from './jobs/queues';
import { RenderProcessor } from './jobs/render.processor';
import { TimingProcessor } from './jobs/timing.processor';
import { TimingService } from './jobs/timing.service';
import { HostsWriter } from './output/hosts-writer';
import { PagePlanner } from './render/page-planner';
import { PageRenderService } from './render/page-render.service';
import { THEME_ASSETS_DIR } from './render/theme-assets';

/** The consuming side, in apps/worker: BullMQ workers for rendering and timers. */
@Module({
  imports: [ContentModule, TenancyModule, StandardsModule],
  providers: [
    PageRenderService,
    HostsWriter,
    RenderProcessor,
    TimingProcessor,
    {
      provide: PagePlanner,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new PagePlanner(dataSource, THEME_ASSETS_DIR),
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.render.assertComplete();
    this.timing.assertComplete();
    const lockDuration = this.config.workerLockMs;
    const renderWorker = this.queues.worker(QueueName.Render, this.render.process, {
      concurrency: this.config.workerConcurrency,
      lockDuration,
      stalledInterval: lockDuration,
    });
    renderWorker.on('completed', (job, result) => {
      this.render.afterCompleted(job, result).catch((error: unknown) => this.logger.warn(`Re-queueing ${job.id} failed: ${error}`));
    });
    this.queues.worker(QueueName.Timing, this.timing.process, { concurrency: 4, lockDuration, stalledInterval: lockDuration });
    await this.hosts.write();
    const timers = await this.timers.recover();
    this.logger.log(`Render and timing workers started (${timers} timers re-armed)`);
    // Redis keeps nothing on disk here: if it restarts, delayed jobs are gone. The database is
    // the truth, so timers are re-armed from it periodically (job ids make this idempotent).
    this.reconcile = setInterval(() => {
      this.timers.recover().catch((error: unknown) => this.logger.warn(`Re-arming timers failed: ${error}`));
      // A certificate put in NGINX_CERT_DIR takes its domain over to HTTPS without a domain change.
      this.hosts.refreshNginx().catch((error: unknown) => this.logger.warn(`Refreshing the nginx file failed: ${error}`));
    }, this.config.timerReconcileMs);
    this.reconcile.unref();
  }

  onApplicationShutdown(): void {
    if (this.reconcile) clearInterval(this.reconcile);
  }
}
