import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Article } from '@zhanqun/content';
import { SearchIndexer } from '@zhanqun/search';
import { Database, OutboxHandlers, type OutboxEventOf } from '@zhanqun/shared';
import { RenderPriority } from '../jobs/render-priority';
import { RenderQueue } from '../jobs/render-queue';
import { TimingService } from '../jobs/timing.service';
import { formatPageKey } from '../render/page-keys';
import { PagePlanner } from '../render/page-planner';
import { SnapshotLoader } from '../render/snapshot-loader';

/**
 * The worker's reactions to committed publishing events (delivered by the outbox relay, at least
 * once): the planner computes the affected pages and queues their renders, the article's own page
 * first, on the publish lane; the search index follows the article's current state. Each reaction is idempotent.
 */
@Injectable()
export class PublicationReactions implements OnModuleInit {
  constructor(
    private readonly db: Database,
    private readonly handlers: OutboxHandlers,
    private readonly snapshots: SnapshotLoader,
    private readonly planner: PagePlanner,
    private readonly queue: RenderQueue,
    private readonly search: SearchIndexer,
    private readonly timing: TimingService,
    private readonly priority: RenderPriority,
  ) {}

  onModuleInit(): void {
    this.handlers.on('article.live', (event) => this.articleLive(event));
    this.handlers.on('article.withdrawn', (event) => this.articleWithdrawn(event));
    this.handlers.on('article.timing', ({ siteId, articleId }) => this.timing.arm(siteId, articleId));
    this.handlers.on('media.released', (event) => this.mediaReleased(event));
    this.handlers.on('rebuild.requested', ({ runId, siteIds, pageTypes }) =>
      this.queue.plan({ runId, siteIds, ...(pageTypes ? { pageTypes } : {}) }),
    );
    this.handlers.on('hosts.changed', () => this.queue.hosts());
  }

  /** The article's own page goes to the publish lane before anything else is read; its lists follow as one batch. */
  private async articleLive({ siteId, articleId, previousColumnId }: OutboxEventOf<'article.live'>): Promise<void> {
    await this.queueOwnPages(siteId, articleId);
    const [snapshot, article] = await Promise.all([this.snapshots.load(siteId), this.db.tenant(Article).findOneBy({ id: articleId })]);
    if (snapshot && article) {
      const columns = previousColumnId ? [article.columnId, previousColumnId] : [article.columnId];
      await this.queue.pages(siteId, await this.planner.listingPages(snapshot, columns));
    }
    await this.search.indexArticle(siteId, articleId);
  }

  private async articleWithdrawn({ siteId, articleId, columnId }: OutboxEventOf<'article.withdrawn'>): Promise<void> {
    await this.queueOwnPages(siteId, articleId);
    await this.search.indexArticle(siteId, articleId); // removes it unless it is live again by now
    const snapshot = await this.snapshots.load(siteId);
    if (snapshot) await this.queue.pages(siteId, await this.planner.listingPages(snapshot, [columnId]));
  }

  /** Queued as urgent work of this process too: background rendering here waits while it is planned. */
  private queueOwnPages(siteId: number, articleId: number): Promise<void> {
    return this.priority.urgent(async () => this.queue.urgent(siteId, await this.planner.ownPages([articleId])));
  }

  private async mediaReleased({ siteId, mediaIds }: OutboxEventOf<'media.released'>): Promise<void> {
    const keys = mediaIds.flatMap((mediaId) => [formatPageKey({ type: 'media', mediaId }), formatPageKey({ type: 'thumb', mediaId })]);
    await this.queue.pages(siteId, keys);
  }
}
