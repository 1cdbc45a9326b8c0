import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueRegistry } from '@zhanqun/shared';
import { AuditService } from './audit.service';

const QUEUE = 'maintenance';
const PRUNE_JOB = 'prune-audit-log';

/** In the worker: a daily BullMQ job scheduler deletes audit entries past their retention. */
@Injectable()
export class AuditPruner implements OnApplicationBootstrap {
  private readonly logger = new Logger('AuditPruner');

  constructor(
    private readonly queues: QueueRegistry,
    private readonly audit: AuditService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.queue(QUEUE).upsertJobScheduler(PRUNE_JOB, { pattern: '17 3 * * *', tz: 'Asia/Shanghai' }, { name: PRUNE_JOB });
    this.queues.worker(QUEUE, async (job) => {
      if (job.name !== PRUNE_JOB) throw new Error(`Unknown maintenance job ${job.name}`);
      const removed = await this.audit.prune();
      if (removed) this.logger.log(`Pruned ${removed} audit entries`);
      return removed;
    });
  }
}
