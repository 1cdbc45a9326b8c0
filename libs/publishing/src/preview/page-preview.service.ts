import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Article } from '@zhanqun/content';
import { MediaStorage } from '@zhanqun/media';
import { APP_CONFIG, Database, runInTenant, type AppConfig } from '@zhanqun/shared';
import type { StandardsProfile } from '@zhanqun/standards';
import { ThemeRegistry, type Theme } from '@zhanqun/templating';
import { PageManifestEntry } from '../page-manifest.entity';
import { DraftSiteContent } from './draft-site-content';
import { framedPreview } from './framed-preview';
import { dynamicPreview } from './dynamic-previews';
import { parsePageKey } from '../render/page-keys';
import { PageRenderer } from '../render/page-renderer';
import { PageViews } from '../render/page-views';
import { LiveSiteContent } from '../render/site-content';
import { SnapshotLoader } from '../render/snapshot-loader';

export interface PreviewDraft {
  /** Render under this profile instead of the one in force. */
  profile?: StandardsProfile;
  /** Render with this theme instead of the site's. */
  theme?: Theme;
}

/** Renders one page of a site (in its tenant context) in memory under a draft (profile or templates); writes nothing. */
@Injectable()
export class PagePreview {
  constructor(
    private readonly db: Database,
    private readonly snapshots: SnapshotLoader,
    private readonly themes: ThemeRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `path`: a page the site has published, e.g. `/zwdt/gzdt/index.html` (default: home), or one
   * apps/site renders per request (`/search`, `/interaction/mailbox` ...), shown with sample content.
   */
  render(siteId: number, draft: PreviewDraft, path = '/index.html'): Promise<string> {
    return runInTenant({ siteId }, async () => {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) throw new NotFoundException('站点不存在');
      const views = new PageViews(draft.profile ? { ...snapshot, profile: draft.profile } : snapshot);
      const theme = draft.theme ?? (await this.themes.themeFor(siteId));
      const dynamic = dynamicPreview(views, path);
      if (dynamic) return theme.render(dynamic.type, dynamic.view);
      const entry = await this.db.tenant(PageManifestEntry).findOneBy({ path });
      const key = entry ? parsePageKey(entry.pageKey) : path === '/index.html' ? parsePageKey('home') : null;
      if (!key || key.type === 'asset' || key.type === 'media' || key.type === 'thumb' || key.type === 'sitemap-xml') {
        throw new NotFoundException(`站点没有页面 ${path}`);
      }
      const renderer = new PageRenderer(theme, new MediaStorage(this.config.mediaRoot));
      const page = await renderer.render(views, new LiveSiteContent(this.db), key);
      if (!page) throw new NotFoundException(`站点没有页面 ${path}`);
      return page.body.toString();
    });
  }

  /**
   * The page of an unsaved article (the editor's draft) with the site's real templates and
   * standards, ready for a sandboxed frame in the console.
   */
  renderArticle(siteId: number, draft: Article): Promise<string> {
    return runInTenant({ siteId }, async () => {
      const snapshot = await this.snapshots.load(siteId);
      if (!snapshot) throw new NotFoundException('站点不存在');
      const storage = new MediaStorage(this.config.mediaRoot);
      const theme = await this.themes.themeFor(siteId);
      const content = new DraftSiteContent(new LiveSiteContent(this.db), draft);
      const page = await new PageRenderer(theme, storage).render(new PageViews(snapshot), content, {
        type: 'article',
        articleId: draft.id,
      });
      if (!page) throw new NotFoundException('文章所在栏目不存在');
      return framedPreview(page.body.toString(), theme.assetsDir, this.db, storage);
    });
  }
}
