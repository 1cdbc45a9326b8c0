import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { applySkeleton, Article } from '@zhanqun/content';
import { SearchIndexer } from '@zhanqun/search';
import { StandardsService } from '@zhanqun/standards';
import { Site } from '@zhanqun/tenancy';
import { APP_CONFIG, REDIS, type AppConfig, type PublishEvents, QueueRegistry } from '@zhanqun/shared';
import { DataSource } from 'typeorm';
import { PageFreshness } from './jobs/page-freshness';
import { QueueName, RenderJob, renderJobId, type RenderPagePayload } from './jobs/queues';
import { TimingService } from './jobs/timing.service';
import { formatPageKey } from './render/page-keys';
import { PagePlanner } from './render/page-planner';
import { SnapshotLoader } from './render/snapshot-loader';
import { THEME_ASSETS_DIR } from './render/theme-assets';
import { RebuildService } from './runs/rebuild.service';

/**
 * Turns domain events into render work: the planner computes the affected pages and each
 * becomes a render job whose id is its page key, so repeated changes collapse into one render.
 */
/** Priority of list pages, home and site maps: after every article page (lower runs first). */
const BACKGROUND_PRIORITY = 10;

@Injectable()
export class Publisher implements PublishEvents {
  private readonly planner: PagePlanner;
  private readonly freshness: PageFreshness;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueRegistry,
    private readonly snapshots: SnapshotLoader,
    private readonly rebuilds: RebuildService,
    private readonly timing: TimingService,
    private readonly standards: StandardsService,
    private readonly search: SearchIndexer,
    @Inject(REDIS) redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.planner = new PagePlanner(dataSource, THEME_ASSETS_DIR);
    this.freshness = new PageFreshness(redis, config.redisPrefix);
  }

  /**
   * Queues renders of `pageKeys`. `urgent` pages go to the plain wait list, which BullMQ serves
   * before any prioritized job, so an article page is never stuck behind a backlog of list pages.
   */
  async enqueuePages(siteId: number, pageKeys: string[], urgent: (pageKey: string) => boolean = () => false): Promise<void> {
    await this.freshness.mark(siteId, pageKeys);
    await this.queues.queue(QueueName.Render).addBulk(
      pageKeys.map((pageKey) => ({
        name: RenderJob.Page,
        data: { siteId, pageKey } satisfies RenderPagePayload,
        opts: { jobId: renderJobId(siteId, pageKey), ...(urgent(pageKey) ? {} : { priority: BACKGROUND_PRIORITY }) },
      })),
    );
  }

  async siteChanged(siteId: number): Promise<void> {
    await this.rebuilds.start([siteId], null);
  }

  /** Gives existing sites any column the skeleton gained (统一栏目), then re-renders the group. */
  async standardsChanged(): Promise<string> {
    const { version, profile } = await this.standards.current();
    const previous = version > 1 ? (await this.standards.version(version - 1)).profile : null;
    if (JSON.stringify(previous?.skeleton) !== JSON.stringify(profile.skeleton)) {
      const sites = await this.dataSource.getRepository(Site).find({ select: { id: true, kind: true } });
      for (const site of sites) {
        await this.dataSource.transaction((manager) => applySkeleton(manager, site.id, profile.skeleton[site.kind]));
      }
    }
    await this.hostsChanged(); // the platform's own 404/503 pages carry the profile too
    return this.rebuilds.start(null, null);
  }

  async templatesChanged(siteIds: number[] | null, pageTypes: string[]): Promise<string> {
    if (siteIds === null && pageTypes.includes('notice')) await this.hostsChanged(); // the platform's own notice pages
    return this.rebuilds.start(siteIds, null, pageTypes);
  }

  async groupChanged(): Promise<void> {
    await this.rebuilds.start(null, null);
  }

  async hostsChanged(): Promise<void> {
    await this.queues.queue(QueueName.Render).add(RenderJob.WriteHosts, { siteId: 0 }, { jobId: 'write-hosts' });
  }

  async articlePublished(siteId: number, articleId: number, previousColumnId?: number): Promise<void> {
    const [snapshot, article] = await Promise.all([
      this.snapshots.load(siteId),
      this.dataSource.getRepository(Article).findOneBy({ id: articleId, siteId }),
    ]);
    if (snapshot && article) {
      const columns = previousColumnId ? [article.columnId, previousColumnId] : [article.columnId];
      const articleKey = formatPageKey({ type: 'article', articleId });
      await this.enqueuePages(siteId, await this.planner.articlePages(snapshot, articleId, columns), (key) => key === articleKey);
    }
    // Pages are queued first, so rendering starts while the index is written; both happen before
    // the request returns, so search never lags behind the site.
    await this.search.indexArticle(siteId, articleId);
  }

  async articleWithdrawn(siteId: number, articleId: number, columnId: number): Promise<void> {
    await this.search.removeArticle(articleId);
    const snapshot = await this.snapshots.load(siteId);
    if (!snapshot) return;
    await this.enqueuePages(siteId, await this.planner.articlePages(snapshot, articleId, [columnId]));
  }

  async mediaReleased(siteId: number, mediaIds: number[]): Promise<void> {
    const keys = mediaIds.flatMap((mediaId) => [formatPageKey({ type: 'media', mediaId }), formatPageKey({ type: 'thumb', mediaId })]);
    if (keys.length) await this.enqueuePages(siteId, keys);
  }

  articleTimingChanged(siteId: number, articleId: number): Promise<void> {
    return this.timing.arm(siteId, articleId);
  }
}
