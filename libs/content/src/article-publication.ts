import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { PUBLISH_EVENTS, type PublishEvents } from '@zhanqun/shared';
import { DataSource, In } from 'typeorm';
import { Article, type ArticleStatus } from './article.entity';

/**
 * Puts an approved article online (or schedules it) and takes it offline. The single place
 * where an article's live state changes, whoever decided it: the submission gateway, the
 * review chain's last approval, the scheduler.
 */
@Injectable()
export class ArticlePublication {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {}

  async publish(article: Article, now = new Date()): Promise<ArticleStatus> {
    if (article.publishAt && article.publishAt.getTime() > now.getTime()) {
      await this.transition(article, ['draft', 'pending', 'rejected', 'offline', 'scheduled'], { status: 'scheduled' });
      await this.events.articleTimingChanged(article.siteId, article.id);
      return 'scheduled';
    }
    await this.transition(article, ['draft', 'pending', 'rejected', 'offline', 'scheduled'], { status: 'published', publishedAt: now });
    await this.events.articlePublished(article.siteId, article.id);
    if (article.expireAt) await this.events.articleTimingChanged(article.siteId, article.id);
    return 'published';
  }

  async unpublish(article: Article): Promise<void> {
    const wasLive = article.status === 'published';
    await this.transition(article, ['published', 'scheduled'], { status: 'offline' });
    if (wasLive) await this.events.articleWithdrawn(article.siteId, article.id, article.columnId, article.publishedAt);
  }

  /** A compare-and-set on status, so two concurrent transitions cannot both win. */
  private async transition(article: Article, from: ArticleStatus[], changes: Partial<Article>): Promise<void> {
    const result = await this.dataSource
      .getRepository(Article)
      .update({ id: article.id, siteId: article.siteId, status: In(from) }, changes);
    if (!result.affected) throw new ConflictException('文章状态已变化,请刷新后重试');
    Object.assign(article, changes);
  }
}
