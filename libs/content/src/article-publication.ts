import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { MediaLinks } from '@zhanqun/media';
import { Database, PUBLISH_EVENTS, runInTenant, UnitOfWork, type PublishEvents } from '@zhanqun/shared';
import { In } from 'typeorm';
import { ArticleHistory } from './article-history.service';
import { Article, type ArticleStatus } from './article.entity';
import { DisclosureIndex } from './disclosure-index';

/**
 * Puts an approved article online (or schedules it) and takes it offline. The single place
 * where an article's live state changes, whoever decided it: the submission gateway, the
 * review chain's last approval, the scheduler, an adoption. Each method joins the caller's unit
 * of work (or opens one): the status, its history entry, the 索引号 and the publishing events
 * (outbox rows: renders, search index, followers) commit together or not at all.
 */
@Injectable()
export class ArticlePublication {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
    private readonly history: ArticleHistory,
    private readonly disclosure: DisclosureIndex,
    private readonly mediaLinks: MediaLinks,
  ) {}

  private get articles() {
    return this.db.tenant(Article);
  }

  /** `actorId`: who made the decision that publishes it (null: the scheduler). */
  publish(article: Article, now = new Date(), actorId: number | null = null): Promise<ArticleStatus> {
    return this.inSiteOf(article, async () => {
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
      await this.events.articlePublished(article.siteId, article.id, { change: 'published' });
      if (article.expireAt) await this.events.articleTimingChanged(article.siteId, article.id);
      return 'published';
    });
  }

  /** Makes an approved edit of a live article the live content, and re-renders its pages. */
  applyRevision(article: Article, fields: Partial<Article>, actorId: number): Promise<void> {
    return this.inSiteOf(article, async () => {
      const previousColumnId = article.columnId;
      await this.articles.update({ id: article.id }, { ...fields, pendingRevision: null, updatedBy: actorId });
      Object.assign(article, fields, { pendingRevision: null });
      await this.mediaLinks.replace(article);
      await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'published', userId: actorId });
      await this.liveChanged(article, previousColumnId);
    });
  }

  /** The content of a live article was saved: re-render its pages and update its followers. */
  liveChanged(article: Article, previousColumnId = article.columnId): Promise<void> {
    return this.inSiteOf(article, async () => {
      // Moved into 信息公开 while live: it gets its 索引号 now (never again if it already has one).
      if (previousColumnId !== article.columnId) await this.disclosure.assignIfDisclosure(article, article.publishedAt ?? new Date());
      await this.events.articlePublished(article.siteId, article.id, {
        change: 'edited',
        ...(previousColumnId !== article.columnId ? { previousColumnId } : {}),
      });
    });
  }

  unpublish(article: Article, actorId: number | null = null): Promise<void> {
    return this.inSiteOf(article, async () => {
      const wasLive = article.status === 'published';
      await this.transition(article, ['published', 'scheduled'], { status: 'offline' });
      await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'unpublished', userId: actorId });
      if (wasLive) await this.events.articleWithdrawn(article.siteId, article.id, article.columnId);
    });
  }

  /** A compare-and-set on status, so two concurrent transitions cannot both win. */
  async transition(article: Article, from: ArticleStatus[], changes: Partial<Article>): Promise<void> {
    const affected = await this.inSiteOf(article, () => this.articles.update({ id: article.id, status: In(from) }, changes));
    if (!affected) throw new ConflictException('文章状态已变化,请刷新后重试');
    Object.assign(article, changes);
  }

  /**
   * Runs `work` in one unit of work in the article's own site: publication acts for whoever
   * decided (a portal-center reviewer, the scheduler, an adoption), always on that one site.
   */
  private inSiteOf<T>(article: Article, work: () => Promise<T>): Promise<T> {
    return runInTenant({ siteId: article.siteId }, () => this.uow.run(work));
  }
}
