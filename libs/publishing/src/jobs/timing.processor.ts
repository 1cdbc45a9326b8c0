import { Injectable, Logger } from '@nestjs/common';
import { Article, ArticlePublication } from '@zhanqun/content';
import { runInTenant } from '@zhanqun/shared';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { TimingJob, type TimingPayload } from './queues';

/** Fires publish-at and expire-at timers, acting only if the article still wants it. */
@Injectable()
export class TimingProcessor {
  private readonly logger = new Logger('Timing');
  private readonly handlers: Record<TimingJob, (article: Article, at: number) => Promise<void>> = {
    [TimingJob.PublishAt]: (article, at) => this.publishAt(article, at),
    [TimingJob.ExpireAt]: (article, at) => this.expireAt(article, at),
  };

  constructor(
    private readonly dataSource: DataSource,
    private readonly publication: ArticlePublication,
  ) {}

  assertComplete(): void {
    const missing = Object.values(TimingJob).filter((name) => !this.handlers[name]);
    if (missing.length) throw new Error(`No handler for timing jobs: ${missing.join(', ')}`);
  }

  process = async (job: Job<TimingPayload>): Promise<void> => {
    const handler = this.handlers[job.name as TimingJob];
    if (!handler) throw new Error(`Unknown timing job ${job.name}`);
    const { siteId, articleId, at } = job.data;
    await runInTenant({ siteId }, async () => {
      const article = await this.dataSource.getRepository(Article).findOneBy({ id: articleId, siteId });
      if (article) await handler(article, at);
    });
  };

  private async publishAt(article: Article, at: number): Promise<void> {
    if (article.status !== 'scheduled' || article.publishAt?.getTime() !== at) return;
    await this.publication.publish(article, new Date(Math.max(Date.now(), at)));
    this.logger.log(`Published scheduled article ${article.id} of site ${article.siteId}`);
  }

  private async expireAt(article: Article, at: number): Promise<void> {
    if (!['published', 'scheduled'].includes(article.status) || article.expireAt?.getTime() !== at) return;
    await this.publication.unpublish(article);
    this.logger.log(`Article ${article.id} of site ${article.siteId} expired`);
  }
}
