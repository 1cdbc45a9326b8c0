import { ConflictException, Inject, Injectable, Optional } from '@nestjs/common';
import { MediaLinks } from '@zhanqun/media';
import { ARTICLE_FOLLOWERS, PUBLISH_EVENTS, type ArticleFollowers, type PublishEvents } from '@zhanqun/shared';
import { DataSource, In } from 'typeorm';
import { ArticleHistory } from './article-history.service';
import { Article, type ArticleStatus } from './article.entity';
import { DisclosureIndex } from './disclosure-index';

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
    private readonly history: ArticleHistory,
    private readonly disclosure: DisclosureIndex,
    private readonly mediaLinks: MediaLinks,
    @Optional() @Inject(ARTICLE_FOLLOWERS) private readonly followers?: ArticleFollowers,
  ) {}

  /** `actorId`: who made the decision that publishes it (null: the scheduler). */
  async publish(article: Article, now = new Date(), actorId: number | null = null): Promise<ArticleStatus> {
    const record = (action: 'published' | 'scheduled') =>
      this.history.record({ siteId: article.siteId, articleId: article.id, action, userId: actorId });
    if (article.publishAt && article.publishAt.getTime() > now.getTime()) {
      await this.transition(article, ['draft', 'pending', 'rejected', 'offline', 'scheduled'], { status: 'scheduled' });
      await record('scheduled');
      await this.events.articleTimingChanged(article.siteId, article.id);
      return 'scheduled';
    }
    await this.transition(article, ['draft', 'pending', 'rejected', 'offline', 'scheduled'], { status: 'published', publishedAt: now });
    await this.disclosure.assignIfDisclosure(article, now);
    await record('published');
    await this.events.articlePublished(article.siteId, article.id);
    if (article.expireAt) await this.events.articleTimingChanged(article.siteId, article.id);
    await this.followers?.published(article.siteId, article.id);
    return 'published';
  }

  /** Makes an approved edit of a live article the live content, and re-renders its pages. */
  async applyRevision(article: Article, fields: Partial<Article>, actorId: number): Promise<void> {
    const previousColumnId = article.columnId;
    await this.dataSource
      .getRepository(Article)
      .update({ id: article.id, siteId: article.siteId }, { ...fields, pendingRevision: null, updatedBy: actorId });
    Object.assign(article, fields, { pendingRevision: null });
    await this.mediaLinks.replace(article);
    await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'published', userId: actorId });
    await this.liveChanged(article, previousColumnId);
  }

  /** The content of a live article was saved: re-render its pages and update its followers. */
  async liveChanged(article: Article, previousColumnId = article.columnId): Promise<void> {
    // Moved into 信息公开 while live: it gets its 索引号 now (never again if it already has one).
    if (previousColumnId !== article.columnId) await this.disclosure.assignIfDisclosure(article, article.publishedAt ?? new Date());
    await this.events.articlePublished(article.siteId, article.id, previousColumnId !== article.columnId ? previousColumnId : undefined);
    await this.followers?.changed(article.siteId, article.id);
  }

  async unpublish(article: Article, actorId: number | null = null): Promise<void> {
    const wasLive = article.status === 'published';
    await this.transition(article, ['published', 'scheduled'], { status: 'offline' });
    await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'unpublished', userId: actorId });
    if (wasLive) await this.events.articleWithdrawn(article.siteId, article.id, article.columnId, article.publishedAt);
    if (wasLive) await this.followers?.withdrawn(article.siteId, article.id);
  }

  /** A compare-and-set on status, so two concurrent transitions cannot both win. */
  async transition(article: Article, from: ArticleStatus[], changes: Partial<Article>): Promise<void> {
    const result = await this.dataSource
      .getRepository(Article)
      .update({ id: article.id, siteId: article.siteId, status: In(from) }, changes);
    if (!result.affected) throw new ConflictException('文章状态已变化,请刷新后重试');
    Object.assign(article, changes);
  }
}
