import { Inject, Injectable, Logger } from '@nestjs/common';
import { MediaStorage } from '@zhanqun/media';
import { APP_CONFIG, Database, runInTenant, type AppConfig } from '@zhanqun/shared';
import { ThemeRegistry } from '@zhanqun/templating';
import { RenderPriority } from '../jobs/render-priority';
import { PageOutput, type PageResult } from '../output/page-output';
import { SiteFiles } from '../output/site-files';
import { parsePageKey } from './page-keys';
import { PageRenderer } from './page-renderer';
import { PageViews } from './page-views';
import { LiveSiteContent, PreloadedSiteContent, type SiteContent } from './site-content';
import { SnapshotLoader } from './snapshot-loader';

export interface RenderTally {
  done: number;
  failed: number;
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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.media = new MediaStorage(config.mediaRoot);
  }

  /**
   * Renders `pageKeys` (and removes `stale` ones). A batch (`preload`: a rebuild chunk, a change's
   * lists) reads the site's content once and is background work that gives way to the publish
   * lane; a single page job queries what it needs and never waits.
   */
  render(siteId: number, pageKeys: string[], options: { preload?: boolean; stale?: string[] } = {}): Promise<RenderTally> {
    return runInTenant({ siteId }, async () => {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) return { done: 0, failed: 0 };
      const views = new PageViews(snapshot);
      const renderer = new PageRenderer(await this.themes.themeFor(siteId), this.media);
      const articleIds = pageKeys.flatMap((key) => {
        const parsed = parsePageKey(key);
        return parsed?.type === 'article' ? [parsed.articleId] : [];
      });
      const content: SiteContent = options.preload
        ? await new PreloadedSiteContent(this.db).preload(articleIds)
        : new LiveSiteContent(this.db);
      const results: PageResult[] = [];
      let failed = 0;
      for (const key of pageKeys) {
        // Rendering is synchronous work: a batch lets other jobs in now and then, and an article on the publish lane first.
        if (options.preload) await this.priority.backgroundTurn();
        const parsed = parsePageKey(key);
        try {
          results.push({ key, page: parsed ? await renderer.render(views, content, parsed) : null });
        } catch (error) {
          failed++;
          this.logger.error(`Site ${siteId} page ${key}: ${error instanceof Error ? error.stack : error}`);
        }
      }
      for (const key of options.stale ?? []) results.push({ key, page: null });
      const turn = options.preload ? () => this.priority.backgroundTurn() : undefined;
      await new PageOutput(this.db, new SiteFiles(this.config.publishRoot, snapshot.site.code), turn).apply(results);
      return { done: pageKeys.length - failed, failed };
    });
  }
}
