import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig, Database, REDIS, runInTenant } from '@zhanqun/shared';
import { parsePageKey } from '../render/page-keys';
import { PagePlanner } from '../render/page-planner';
import { SnapshotLoader } from '../render/snapshot-loader';
import { RenderQueue } from './render-queue';
import { TimingService } from './timing.service';

/** Set once Redis holds the platform's queues: its absence means Redis came back empty (or never held them). */
export const redisDataMarkerKey = (config: AppConfig) => `${config.redisPrefix}:data-since`;

interface ArticlePage {
  siteId: number;
  articleId: number;
  columnId: number | null;
}

/**
 * Redis may come back empty (it keeps nothing on disk in many installations): the renders,
 * rebuild chunks and timers it held are gone, though the outbox had handed them over. The
 * database still knows what should be live, so a marker key tells the worker that Redis lost its
 * data; one worker then re-arms timers, re-plans unfinished runs and re-queues every article page
 * that is missing, outdated or no longer wanted. Checked at start and with the timer reconciliation.
 */
@Injectable()
export class RedisLossRecovery {
  private readonly logger = new Logger('RedisLossRecovery');

  constructor(
    private readonly db: Database,
    private readonly queue: RenderQueue,
    private readonly timers: TimingService,
    private readonly snapshots: SnapshotLoader,
    private readonly planner: PagePlanner,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Recovers if Redis has lost its data since the last check (or never held any); returns whether it did. */
  async check(): Promise<boolean> {
    const fresh = await this.redis.set(redisDataMarkerKey(this.config), new Date().toISOString(), 'NX');
    if (fresh !== 'OK') return false;
    const timers = await this.timers.recover();
    const runs = await this.replanUnfinishedRuns();
    const pages = await this.requeueArticlePages();
    if (runs || pages) this.logger.warn(`Redis had lost its data: ${timers} timers, ${runs} runs and ${pages} article pages queued again`);
    return true;
  }

  /** Runs whose jobs vanished are planned again (as full rebuilds: what they were limited to is not kept); chunks already counted count once. */
  private async replanUnfinishedRuns(): Promise<number> {
    const runs: { id: string; siteId: number | null }[] = await this.db
      .crossTenant('publishing')
      .query("SELECT id, site_id AS siteId FROM publish_runs WHERE status IN ('queued', 'running') ORDER BY created_at");
    if (!runs.length) return 0;
    const sites: { id: number }[] = await this.db.query('SELECT id FROM sites ORDER BY id');
    for (const run of runs) {
      await this.queue.plan({ runId: run.id, siteIds: run.siteId ? [run.siteId] : sites.map((site) => site.id) });
    }
    return runs.length;
  }

  private async requeueArticlePages(): Promise<number> {
    const publishing = this.db.crossTenant('publishing');
    const outdated: ArticlePage[] = await publishing.query(
      `SELECT a.site_id AS siteId, a.id AS articleId, a.column_id AS columnId FROM articles a
         LEFT JOIN page_manifest m ON m.site_id = a.site_id AND m.page_key = CONCAT('article:', a.id)
        WHERE a.status = 'published' AND (m.page_key IS NULL OR m.rendered_at < a.updated_at)`,
    );
    const rendered: { siteId: number; pageKey: string; status: string | null; columnId: number | null }[] = await publishing.query(
      `SELECT m.site_id AS siteId, m.page_key AS pageKey, a.status, a.column_id AS columnId FROM page_manifest m
         LEFT JOIN articles a ON a.site_id = m.site_id AND m.page_key = CONCAT('article:', a.id)
        WHERE m.page_key LIKE 'article:%' AND (a.id IS NULL OR a.status <> 'published')`,
    );
    const unwanted = rendered.flatMap(({ siteId, pageKey, columnId }) => {
      const key = parsePageKey(pageKey);
      return key?.type === 'article' ? [{ siteId, articleId: key.articleId, columnId }] : [];
    });
    // One set of pages per site (the lists of a column once, however many of its articles), queued in chunk-sized batches.
    const bySite = new Map<number, { articleIds: number[]; columnIds: Set<number> }>();
    for (const page of [...outdated, ...unwanted]) {
      const site = bySite.get(page.siteId) ?? { articleIds: [], columnIds: new Set<number>() };
      site.articleIds.push(page.articleId);
      if (page.columnId) site.columnIds.add(page.columnId);
      bySite.set(page.siteId, site);
    }
    for (const [siteId, { articleIds, columnIds }] of bySite) {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) continue;
      const own = await runInTenant({ siteId }, () => this.planner.ownPages(articleIds));
      const keys = [...own, ...(await this.planner.listingPages(snapshot, [...columnIds]))];
      const size = this.config.rebuildChunkPages;
      for (let offset = 0; offset < keys.length; offset += size) await this.queue.pages(siteId, keys.slice(offset, offset + size));
    }
    return outdated.length + unwanted.length;
  }
}
