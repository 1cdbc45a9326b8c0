import { Injectable } from '@nestjs/common';
import { applySkeleton } from '@zhanqun/content';
import { Database, Outbox, UnitOfWork, type OutboxEvent, type PublishEvents } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { Site } from '@zhanqun/tenancy';
import { RebuildService } from '../runs/rebuild.service';

/**
 * PUBLISH_EVENTS in every process: each event becomes outbox rows in the caller's unit of work
 * (or a unit of its own when the caller has none), delivered by the worker's relay to
 * PublicationReactions and the other handlers. Nothing here renders, indexes or queues.
 */
@Injectable()
export class OutboxPublishEvents implements PublishEvents {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly rebuilds: RebuildService,
    private readonly standards: StandardsService,
  ) {}

  private record(event: OutboxEvent): Promise<void> {
    return this.uow.run(() => this.outbox.add(event));
  }

  async siteChanged(siteId: number): Promise<void> {
    await this.rebuilds.request([siteId], null);
  }

  /** Gives existing sites any column the skeleton gained (统一栏目), then re-renders the group. */
  standardsChanged(): Promise<string> {
    return this.uow.run(async () => {
      const { version, profile } = await this.standards.current();
      const previous = version > 1 ? (await this.standards.version(version - 1)).profile : null;
      if (JSON.stringify(previous?.skeleton) !== JSON.stringify(profile.skeleton)) {
        const sites = await this.db.platform(Site).find({ select: { id: true, kind: true } });
        for (const site of sites) await applySkeleton(this.db, site.id, profile.skeleton[site.kind]);
      }
      await this.hostsChanged(); // the platform's own 404/503 pages carry the profile too
      return this.rebuilds.request(null, null);
    });
  }

  templatesChanged(siteIds: number[] | null, pageTypes: string[]): Promise<string> {
    return this.uow.run(async () => {
      if (siteIds === null && pageTypes.includes('notice')) await this.hostsChanged(); // the platform's own notice pages
      return this.rebuilds.request(siteIds, null, pageTypes);
    });
  }

  async groupChanged(): Promise<void> {
    await this.rebuilds.request(null, null);
  }

  hostsChanged(): Promise<void> {
    return this.record({ topic: 'hosts.changed' });
  }

  articlePublished(siteId: number, articleId: number, options: { change?: 'published' | 'edited'; previousColumnId?: number } = {}) {
    const { change = 'edited', previousColumnId } = options;
    return this.record({ topic: 'article.live', siteId, articleId, change, ...(previousColumnId ? { previousColumnId } : {}) });
  }

  articleWithdrawn(siteId: number, articleId: number, columnId: number): Promise<void> {
    return this.record({ topic: 'article.withdrawn', siteId, articleId, columnId });
  }

  async mediaReleased(siteId: number, mediaIds: number[]): Promise<void> {
    if (mediaIds.length) await this.record({ topic: 'media.released', siteId, mediaIds });
  }

  articleTimingChanged(siteId: number, articleId: number): Promise<void> {
    return this.record({ topic: 'article.timing', siteId, articleId });
  }
}
