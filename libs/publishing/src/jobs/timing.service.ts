import { Injectable } from '@nestjs/common';
import { Article } from '@zhanqun/content';
import { Database, QueueRegistry, runInTenant } from '@zhanqun/shared';
import { IsNull, Not } from 'typeorm';
import { jobId, QueueName, TimingJob, type TimingPayload } from './queues';

/**
 * Timers that publish scheduled articles and take expired ones offline, as BullMQ delayed
 * jobs. A timer carries the time it was armed for, so a rescheduled article's old timer does
 * nothing; the database stays the truth, and `recover()` re-arms every timer after a restart.
 */
@Injectable()
export class TimingService {
  constructor(
    private readonly db: Database,
    private readonly queues: QueueRegistry,
  ) {}

  async arm(siteId: number, articleId: number): Promise<void> {
    const article = await runInTenant({ siteId }, () => this.db.tenant(Article).findOneBy({ id: articleId }));
    if (article) await this.armFor(article);
  }

  private async armFor(article: Article): Promise<void> {
    const queue = this.queues.queue(QueueName.Timing);
    const timers: [TimingJob, Date | null][] = [
      [TimingJob.PublishAt, article.status === 'scheduled' ? article.publishAt : null],
      [TimingJob.ExpireAt, ['scheduled', 'published'].includes(article.status) ? article.expireAt : null],
    ];
    for (const [name, at] of timers) {
      if (!at) continue;
      const payload: TimingPayload = { siteId: article.siteId, articleId: article.id, at: at.getTime() };
      await queue.add(name, payload, {
        jobId: jobId(name, article.id, payload.at),
        delay: Math.max(0, payload.at - Date.now()),
      });
    }
  }

  /** Re-arms the timers of every scheduled or expiring article (idempotent thanks to job ids). */
  async recover(): Promise<number> {
    const articles = await this.db
      .crossTenant('publishing')
      .repository(Article)
      .find({
        where: [{ status: 'scheduled' }, { status: 'published', expireAt: Not(IsNull()) }],
      });
    for (const article of articles) await this.armFor(article);
    return articles.length;
  }
}
