import { Injectable, Logger } from '@nestjs/common';
import { Article, ArticlePublication } from '@zhanqun/content';
import { Database, runInTenant, UnitOfWork } from '@zhanqun/shared';
import { TimingJob, type JobHandlers, type TimingPayload, type TimingPayloads, type TimingQueueJob } from './queues';

/** Fires publish-at and expire-at timers, acting only if the article still wants it, each in one unit of work. */
@Injectable()
export class TimingProcessor {
  private readonly logger = new Logger('Timing');
  private readonly handlers: JobHandlers<TimingPayloads> = {
    [TimingJob.PublishAt]: (job) => this.fire(job.data, (article, at) => this.publishAt(article, at)),
    [TimingJob.ExpireAt]: (job) => this.fire(job.data, (article, at) => this.expireAt(article, at)),
  };

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly publication: ArticlePublication,
  ) {}

  process = async (job: TimingQueueJob): Promise<unknown> => {
    const handler = this.handlers[job.name] as (job: TimingQueueJob) => Promise<unknown>;
    if (!handler) throw new Error(`Unknown timing job ${job.name}`);
    return handler(job);
  };

  private fire({ siteId, articleId, at }: TimingPayload, act: (article: Article, at: number) => Promise<void>): Promise<void> {
    return runInTenant({ siteId }, () =>
      this.uow.run(async () => {
        const article = await this.db.tenant(Article).findOne({ where: { id: articleId }, lock: { mode: 'pessimistic_write' } });
        if (article) await act(article, at);
      }),
    );
  }

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
