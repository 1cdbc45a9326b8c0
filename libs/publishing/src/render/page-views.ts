import { articlePath, listPath, type SiteColumn } from '@zhanqun/content';
import { chinaDate, chinaYear } from '@zhanqun/shared';
import {
  deepFreeze,
  type ArticleSummaryView,
  type Crumb,
  type MetaTag,
  type NavItem,
  type PageBase,
  type SiteView,
  type StyleTokens,
} from '@zhanqun/templating';
import type { ArticleSummaryRow } from './site-content';
import { footerView } from './footer-view';
import { ancestryOf, type SiteSnapshot } from './site-snapshot';

/** Builds the parts of view models that every page type shares, from one site snapshot. */
export class PageViews {
  /** Frozen: the theme renders the partials that read only it (and other frozen values) once per site. */
  readonly site: Readonly<SiteView>;
  private readonly year = chinaYear(new Date());

  constructor(readonly snapshot: SiteSnapshot) {
    this.site = deepFreeze(this.siteView());
  }

  private siteView(): SiteView {
    const { site, profile, portalOrigin, origin, primaryHost } = this.snapshot;
    return {
      code: site.code,
      name: site.name,
      kind: site.kind,
      homeUrl: `${origin}/`,
      primaryDomain: primaryHost,
      portalName: profile.portalName,
      portalUrl: `${portalOrigin}/`,
      isPortal: site.kind === 'portal',
      footer: footerView(profile, site),
      errorReportUrl: portalOrigin + profile.footer.errorReportPath,
      showEmblem: profile.identity.showEmblem,
      serviceBar: profile.serviceBar,
      featureText: site.featureText,
      mailboxUrl: `${origin}/interaction/mailbox`, // the unified 领导信箱 entry (统一服务), served by apps/site
    };
  }

  columnUrl(column: SiteColumn): string {
    return column.kind === 'link' && column.linkUrl ? column.linkUrl : listPath(column.path, 1);
  }

  articleUrl(columnId: number, publishedAt: Date, articleId: number): string {
    const column = this.snapshot.columnsById.get(columnId);
    return articlePath(column?.path ?? 'unknown', publishedAt, articleId);
  }

  summary(row: ArticleSummaryRow): ArticleSummaryView {
    return {
      title: row.title,
      url: this.articleUrl(row.columnId, row.publishedAt, row.id),
      date: chinaDate(row.publishedAt),
      columnName: this.snapshot.columnsById.get(row.columnId)?.name ?? '',
      headline: row.headline,
    };
  }

  navItems(parentId: number | null, activeIds: Set<number>, depth = 2): NavItem[] {
    return (this.snapshot.childrenOf.get(parentId) ?? []).map((column) => ({
      name: column.name,
      url: this.columnUrl(column),
      active: activeIds.has(column.id),
      children: depth > 1 ? this.navItems(column.id, activeIds, depth - 1) : [],
    }));
  }

  /** 首页 › ancestors › column. */
  breadcrumb(columnId: number | null): Crumb[] {
    const crumbs: Crumb[] = [{ name: '首页', url: '/index.html' }];
    if (columnId !== null) {
      for (const column of ancestryOf(this.snapshot, columnId)) crumbs.push({ name: column.name, url: this.columnUrl(column) });
    }
    return crumbs;
  }

  siteMeta(): MetaTag[] {
    const { site, primaryHost } = this.snapshot;
    return [
      { name: 'SiteName', content: site.name },
      { name: 'SiteDomain', content: primaryHost },
      { name: 'SiteIDCode', content: site.idCode },
    ];
  }

  columnMeta(column: SiteColumn): MetaTag[] {
    const top = ancestryOf(this.snapshot, column.id)[0] ?? column;
    return [
      { name: 'ColumnName', content: column.name },
      { name: 'ColumnDescription', content: column.description || `${this.snapshot.site.name}${column.name}` },
      { name: 'ColumnKeywords', content: column.keywords || column.name },
      { name: 'ColumnType', content: top.name },
    ];
  }

  /** The profile's style, in the colours of the variant the unit chose (if still approved). */
  private style(): StyleTokens {
    const { profile, site } = this.snapshot;
    const variant = profile.styleVariants.find((candidate) => candidate.key === site.styleVariant);
    if (!variant) return profile.style;
    const { primaryColor, accentColor, linkColor } = variant;
    return { ...profile.style, primaryColor, accentColor, ...(linkColor ? { linkColor } : {}) };
  }

  base(pageTitle: string, meta: MetaTag[], columnId: number | null): PageBase {
    const active = new Set(columnId === null ? [] : ancestryOf(this.snapshot, columnId).map((column) => column.id));
    return {
      site: this.site,
      style: this.style(),
      pageTitle,
      meta: [...this.siteMeta(), ...meta, ...this.snapshot.profile.metadata.extra],
      nav: this.navItems(null, active),
      breadcrumb: this.breadcrumb(columnId),
      searchUrl: '/search',
      year: this.year,
      rssUrl: `${this.snapshot.origin}/rss.xml`,
      govLinks: this.snapshot.govLinks,
    };
  }
}
