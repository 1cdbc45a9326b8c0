import { Inject, Injectable, Logger } from '@nestjs/common';
import { MediaStorage } from '@zhanqun/media';
import { APP_CONFIG, Database, runInTenant, type AppConfig } from '@zhanqun/shared';
import { ThemeRegistry } from '@zhanqun/templating';
import { RenderPriority } from '../jobs/render-priority';
import type { RebuildChunkPayload } from '../jobs/queues';
import { PageOutput } from '../output/page-output';
import { SiteFiles } from '../output/site-files';
import { parsePageKey } from './page-keys';
import { PageRenderer, type RenderedPage } from './page-renderer';
import { PageViews } from './page-views';
import { RebuildReads, type SiteRead } from './rebuild-reads';
import { LiveSiteContent, PreloadedSiteContent, type SiteContent } from './site-content';
import { SnapshotLoader } from './snapshot-loader';

export interface RenderTally {
  done: number;
  failed: number;
}

/** A batch's tally, with when the content it rendered from was read: pages asked for since may be stale. */
export interface BatchTally extends RenderTally {
  readAt: number;
}

/** Renders pages of one site (in its tenant context) from the database and applies them to its output folder. */
@Injectable()
export class PageRenderService {
  private readonly logger = new Logger('Render');
  private readonly media: MediaStorage;

  constructor(
    private readonly db: Database,
    private readonly snapshots: SnapshotLoader,
    private readonly themes: ThemeRegistry,
    private readonly priority: RenderPriority,
    private readonly reads: RebuildReads,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.media = new MediaStorage(config.mediaRoot);
  }

  /** Single pages: each queries what it needs, so it sees the latest state, and never waits. */
  render(siteId: number, pageKeys: string[]): Promise<RenderTally> {
    return runInTenant({ siteId }, async () => {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) return { done: 0, failed: 0 };
      return this.renderFrom(new PageViews(snapshot), new LiveSiteContent(this.db), pageKeys, [], false);
    });
  }

  /** A change's pages (its lists) from one fresh read of the site: background work that gives way to the publish lane. */
  renderBatch(siteId: number, pageKeys: string[]): Promise<BatchTally> {
    return runInTenant({ siteId }, async () => {
      const read = await this.readSite(siteId);
      return this.renderRead(read, pageKeys, []);
    });
  }

  /** A rebuild chunk, from the read of the site that the run's other chunks in this worker share (RebuildReads). */
  renderChunk({ runId, siteId, pageKeys, stale }: RebuildChunkPayload): Promise<BatchTally> {
    return runInTenant({ siteId }, async () => {
      const read = await this.reads.read(runId, siteId, () => this.readSite(siteId));
      return this.renderRead(read, pageKeys, stale ?? []);
    });
  }

  private async readSite(siteId: number): Promise<SiteRead | null> {
    const readAt = Date.now();
    const snapshot = await this.snapshots.load(siteId);
    if (!snapshot) return null;
    return { views: new PageViews(snapshot), summaries: await new LiveSiteContent(this.db).all(), readAt };
  }

  private async renderRead(read: SiteRead | null, pageKeys: string[], stale: string[]): Promise<BatchTally> {
    if (!read) return { done: 0, failed: 0, readAt: Date.now() };
    const articleIds = pageKeys.flatMap((key) => {
      const parsed = parsePageKey(key);
      return parsed?.type === 'article' ? [parsed.articleId] : [];
    });
    const content = await new PreloadedSiteContent(this.db, read.summaries).loadBodies(articleIds);
    const tally = await this.renderFrom(read.views, content, pageKeys, stale, true);
    return { ...tally, readAt: read.readAt };
  }

  /** `background`: a batch lets other jobs in now and then, and an article on the publish lane first. */
  private async renderFrom(
    views: PageViews,
    content: SiteContent,
    pageKeys: string[],
    stale: string[],
    background: boolean,
  ): Promise<RenderTally> {
    const { snapshot } = views;
    const renderer = new PageRenderer(await this.themes.themeFor(snapshot.site.id), this.media);
    const files = new SiteFiles(this.config.publishRoot, snapshot.site.code);
    const output = await PageOutput.open(this.db, files, [...pageKeys, ...stale]);
    let failed = 0;
    for (const key of pageKeys) {
      if (background) await this.priority.backgroundTurn();
      const parsed = parsePageKey(key);
      let page: RenderedPage | null;
      try {
        page = parsed ? await renderer.render(views, content, parsed) : null;
      } catch (error) {
        failed++;
        this.logger.error(`Site ${snapshot.site.id} page ${key}: ${error instanceof Error ? error.stack : error}`);
        continue;
      }
      // Put as soon as rendered: a batch never holds its pages (PageOutput). A failed write (a full disk) fails the batch.
      output.put(key, page);
    }
    for (const key of stale) output.put(key, null);
    await output.finish();
    return { done: pageKeys.length - failed, failed };
  }
}
