import { Article } from '@zhanqun/content';
import type { Database } from '@zhanqun/shared';
import { In, IsNull, Not } from 'typeorm';
import { LiveMedia } from './live-media';

/** The fields of a published article that lists, the home page and site maps show. */
export interface ArticleSummaryRow {
  id: number;
  columnId: number;
  title: string;
  publishedAt: Date;
  updatedAt: Date;
  headline: boolean;
  pictureNews: boolean;
  coverImageId: number | null;
}

/** A summary as the driver returns it: booleans are TINYINT. */
type RawSummaryRow = Omit<ArticleSummaryRow, 'headline' | 'pictureNews'> & { headline: number; pictureNews: number };

/** What a feed item shows of a published article. */
export interface FeedRow extends Pick<ArticleSummaryRow, 'id' | 'columnId' | 'title' | 'publishedAt'> {
  summary: string;
  source: string;
  body: string;
}

/** Published content of the site in context as pages read it. */
export interface SiteContent {
  /** Newest first, from any of `columnIds`. */
  summaries(columnIds: number[], offset: number, limit: number): Promise<ArticleSummaryRow[]>;
  count(columnIds: number[]): Promise<number>;
  headlines(limit: number): Promise<ArticleSummaryRow[]>;
  /** Newest picture news (with a cover image). */
  pictureNews(limit: number): Promise<ArticleSummaryRow[]>;
  all(): Promise<readonly ArticleSummaryRow[]>;
  /** The newest published articles with their summary, source and body. */
  feed(limit: number): Promise<FeedRow[]>;
  /** A published article with its body, or null. */
  article(articleId: number): Promise<Article | null>;
  readonly media: LiveMedia;
}

const SUMMARY_COLUMNS = {
  id: true,
  columnId: true,
  title: true,
  publishedAt: true,
  updatedAt: true,
  headline: true,
  pictureNews: true,
  coverImageId: true,
} as const;
const NEWEST = { publishedAt: 'DESC', id: 'DESC' } as const;

/** Queries for each page: what single page renders use, so they always see the latest state. */
export class LiveSiteContent implements SiteContent {
  readonly media: LiveMedia;

  constructor(private readonly db: Database) {
    this.media = new LiveMedia(db);
  }

  private get repository() {
    return this.db.tenant(Article);
  }

  summaries(columnIds: number[], offset: number, limit: number): Promise<ArticleSummaryRow[]> {
    return this.repository.find({
      select: SUMMARY_COLUMNS,
      where: { status: 'published', columnId: In(columnIds) },
      order: NEWEST,
      skip: offset,
      take: limit,
    }) as Promise<ArticleSummaryRow[]>;
  }

  count(columnIds: number[]): Promise<number> {
    return this.repository.count({ status: 'published', columnId: In(columnIds) });
  }

  headlines(limit: number): Promise<ArticleSummaryRow[]> {
    return this.repository.find({
      select: SUMMARY_COLUMNS,
      where: { status: 'published', headline: true },
      order: NEWEST,
      take: limit,
    }) as Promise<ArticleSummaryRow[]>;
  }

  pictureNews(limit: number): Promise<ArticleSummaryRow[]> {
    return this.repository.find({
      select: SUMMARY_COLUMNS,
      where: { status: 'published', pictureNews: true, coverImageId: Not(IsNull()) },
      order: NEWEST,
      take: limit,
    }) as Promise<ArticleSummaryRow[]>;
  }

  /** Raw rows, not entities: a rebuild reads every summary of the site once per chunk, and hydration was most of that cost. */
  async all(): Promise<ArticleSummaryRow[]> {
    const rows: RawSummaryRow[] = await this.repository
      .createQueryBuilder('a')
      .select(['a.id AS id', 'a.column_id AS columnId', 'a.title AS title', 'a.published_at AS publishedAt', 'a.updated_at AS updatedAt'])
      .addSelect(['a.headline AS headline', 'a.picture_news AS pictureNews', 'a.cover_image_id AS coverImageId'])
      .andWhere("a.status = 'published'")
      .orderBy('a.published_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .getRawMany();
    return rows.map((row) => ({ ...row, headline: Boolean(row.headline), pictureNews: Boolean(row.pictureNews) }));
  }

  feed(limit: number): Promise<FeedRow[]> {
    return this.repository.find({
      select: { id: true, columnId: true, title: true, publishedAt: true, summary: true, source: true, body: true },
      where: { status: 'published' },
      order: NEWEST,
      take: limit,
    }) as Promise<FeedRow[]>;
  }

  article(articleId: number): Promise<Article | null> {
    return this.repository.findOneBy({ id: articleId, status: 'published' });
  }
}

/**
 * Answers from a site's published summaries read once (by the caller, see RebuildReads); article
 * bodies are fetched in bulk per batch. What a rebuild uses to render thousands of pages per second.
 */
export class PreloadedSiteContent implements SiteContent {
  private bodies = new Map<number, Article>();
  readonly media: LiveMedia;

  /** `rows`: every published summary of the site, newest first; shared, never changed here. */
  constructor(
    private readonly db: Database,
    private readonly rows: readonly ArticleSummaryRow[],
  ) {
    this.media = new LiveMedia(db);
  }

  async loadBodies(articleIds: number[]): Promise<this> {
    if (articleIds.length) {
      const articles = await this.db.tenant(Article).findBy({ status: 'published', id: In(articleIds) });
      this.bodies = new Map(articles.map((article) => [article.id, article]));
    }
    return this;
  }

  private readonly byColumns = new Map<string, ArticleSummaryRow[]>();

  /** The rows of a column subtree, filtered once per batch: every list page of it reads the same set. */
  private of(columnIds: number[]): ArticleSummaryRow[] {
    const key = columnIds.join(',');
    let rows = this.byColumns.get(key);
    if (!rows) {
      const wanted = new Set(columnIds);
      rows = this.rows.filter((row) => wanted.has(row.columnId));
      this.byColumns.set(key, rows);
    }
    return rows;
  }

  async summaries(columnIds: number[], offset: number, limit: number): Promise<ArticleSummaryRow[]> {
    return this.of(columnIds).slice(offset, offset + limit);
  }

  async count(columnIds: number[]): Promise<number> {
    return this.of(columnIds).length;
  }

  async headlines(limit: number): Promise<ArticleSummaryRow[]> {
    return this.rows.filter((row) => row.headline).slice(0, limit);
  }

  async pictureNews(limit: number): Promise<ArticleSummaryRow[]> {
    return this.rows.filter((row) => row.pictureNews && row.coverImageId).slice(0, limit);
  }

  async all(): Promise<readonly ArticleSummaryRow[]> {
    return this.rows;
  }

  /** One feed per site: bodies are not preloaded for it. */
  feed(limit: number): Promise<FeedRow[]> {
    return new LiveSiteContent(this.db).feed(limit);
  }

  /** Bodies of the batch's own article pages come from memory; any other (a single page's article) is read live. */
  async article(articleId: number): Promise<Article | null> {
    return this.bodies.get(articleId) ?? (await new LiveSiteContent(this.db).article(articleId));
  }
}
