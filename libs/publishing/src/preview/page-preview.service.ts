import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { MediaStorage } from '@zhanqun/media';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import type { StandardsProfile } from '@zhanqun/standards';
import { ThemeRegistry, type Theme } from '@zhanqun/templating';
import { DataSource } from 'typeorm';
import { PageManifestEntry } from '../page-manifest.entity';
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

/** Renders one page of a site in memory under a draft (profile or templates); writes nothing. */
@Injectable()
export class PagePreview {
  constructor(
    private readonly dataSource: DataSource,
    private readonly snapshots: SnapshotLoader,
    private readonly themes: ThemeRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * `path`: a page the site has published, e.g. `/zwdt/gzdt/index.html` (default: home), or one
   * apps/site renders per request (`/search`, `/interaction/mailbox` ...), shown with sample content.
   */
  async render(siteId: number, draft: PreviewDraft, path = '/index.html'): Promise<string> {
    const snapshot = await this.snapshots.load(siteId);
    if (!snapshot) throw new NotFoundException('站点不存在');
    const views = new PageViews(draft.profile ? { ...snapshot, profile: draft.profile } : snapshot);
    const theme = draft.theme ?? (await this.themes.themeFor(siteId));
    const dynamic = dynamicPreview(views, path);
    if (dynamic) return theme.render(dynamic.type, dynamic.view);
    const entry = await this.dataSource.getRepository(PageManifestEntry).findOneBy({ siteId, path });
    const key = entry ? parsePageKey(entry.pageKey) : path === '/index.html' ? parsePageKey('home') : null;
    if (!key || key.type === 'asset' || key.type === 'media' || key.type === 'thumb' || key.type === 'sitemap-xml') {
      throw new NotFoundException(`站点没有页面 ${path}`);
    }
    const renderer = new PageRenderer(theme, new MediaStorage(this.config.mediaRoot));
    const page = await renderer.render(views, new LiveSiteContent(this.dataSource, siteId), key);
    if (!page) throw new NotFoundException(`站点没有页面 ${path}`);
    return page.body.toString();
  }
}
