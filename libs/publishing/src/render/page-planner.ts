import { readdirSync } from 'node:fs';
import { Article, LIST_PAGE_SIZE } from '@zhanqun/content';
import { runInTenant, type Database } from '@zhanqun/shared';
import { LiveMedia } from './live-media';
import { formatPageKey, type PageKey } from './page-keys';
import { ancestryOf, subtreeOf, type SiteSnapshot } from './site-snapshot';

/**
 * Computes which pages exist, or which a change affects (the planner of docs/architecture.md
 * "Publishing data flow"), from the data of the snapshot's site.
 */
export class PagePlanner {
  constructor(
    private readonly db: Database,
    private readonly assetsDir: string,
  ) {}

  /** Runs `work` in the tenant context of the snapshot's site (a group rebuild plans outside any). */
  private ofSite<T>(snapshot: SiteSnapshot, work: () => Promise<T>): Promise<T> {
    return runInTenant({ siteId: snapshot.site.id }, work);
  }

  private async publishedPerColumn(): Promise<Map<number, number>> {
    const rows: { columnId: number; total: string }[] = await this.db
      .tenant(Article)
      .createQueryBuilder('a')
      .select('a.columnId', 'columnId')
      .addSelect('COUNT(*)', 'total')
      .andWhere('a.status = :status', { status: 'published' })
      .groupBy('a.columnId')
      .getRawMany();
    return new Map(rows.map((row) => [Number(row.columnId), Number(row.total)]));
  }

  private listPageCount(snapshot: SiteSnapshot, perColumn: Map<number, number>, columnId: number): number {
    const total = subtreeOf(snapshot, columnId).reduce((sum, id) => sum + (perColumn.get(id) ?? 0), 0);
    return Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  }

  /** Each file once, plus the thumbnail of every cover image. */
  private mediaPages(links: { mediaId: number; role: string }[]): PageKey[] {
    const files = [...new Set(links.map((link) => link.mediaId))].map((mediaId) => ({ type: 'media' as const, mediaId }));
    const thumbs = [...new Set(links.filter((link) => link.role === 'cover').map((link) => link.mediaId))];
    return [...files, ...thumbs.map((mediaId) => ({ type: 'thumb' as const, mediaId }))];
  }

  private sitePages(): PageKey[] {
    return [{ type: 'home' }, { type: 'sitemap-xml' }, { type: 'sitemap-html' }, { type: 'rss' }];
  }

  /**
   * Every page of a site: theme assets first (a new site's home must not be served before the
   * stylesheet it links), then structure, articles last.
   */
  allPages(snapshot: SiteSnapshot): Promise<string[]> {
    return this.ofSite(snapshot, async () => {
      const perColumn = await this.publishedPerColumn();
      const keys: PageKey[] = [
        ...readdirSync(this.assetsDir).map((name) => ({ type: 'asset' as const, name })),
        ...this.sitePages(),
        { type: 'notice', status: 404 },
        { type: 'notice', status: 503 },
      ];
      for (const column of snapshot.columns) {
        if (column.kind === 'page') keys.push({ type: 'single', columnId: column.id });
        if (column.kind !== 'list') continue;
        const pages = this.listPageCount(snapshot, perColumn, column.id);
        for (let page = 1; page <= pages; page++) keys.push({ type: 'list', columnId: column.id, page });
      }
      const articles = await this.db.tenant(Article).find({ select: { id: true }, where: { status: 'published' }, order: { id: 'ASC' } });
      for (const { id } of articles) keys.push({ type: 'article', articleId: id });
      keys.push(...this.mediaPages(await new LiveMedia(this.db).linksOf()));
      return keys.map(formatPageKey);
    });
  }

  /** What the publisher waits for when articles go live or offline: their pages and their files. */
  async ownPages(articleIds: number[]): Promise<string[]> {
    const keys: PageKey[] = [
      ...articleIds.map((articleId) => ({ type: 'article' as const, articleId })),
      ...this.mediaPages(await new LiveMedia(this.db).linksOf(articleIds)),
    ];
    return keys.map(formatPageKey);
  }

  /**
   * The pages that list an article of `columnIds`: every list page of those columns and their
   * ancestors (a new item shifts them all, plus one past the end in case a page vanished), the
   * single pages, home, site maps and feed.
   */
  listingPages(snapshot: SiteSnapshot, columnIds: number[]): Promise<string[]> {
    return this.ofSite(snapshot, async () => {
      const perColumn = await this.publishedPerColumn();
      const keys: PageKey[] = [];
      const seen = new Set<number>();
      for (const columnId of columnIds) {
        for (const column of ancestryOf(snapshot, columnId)) {
          if (seen.has(column.id)) continue;
          seen.add(column.id);
          if (column.kind === 'page') keys.push({ type: 'single', columnId: column.id });
          if (column.kind !== 'list') continue;
          const pages = this.listPageCount(snapshot, perColumn, column.id) + 1;
          for (let page = 1; page <= pages; page++) keys.push({ type: 'list', columnId: column.id, page });
        }
      }
      keys.push(...this.sitePages());
      return keys.map(formatPageKey);
    });
  }
}
