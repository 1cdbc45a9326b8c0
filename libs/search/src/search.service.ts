import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { RetryingLazy } from '@zhanqun/shared';
import { queryWords } from './segmenter';
import { queryTerms, searchPlan } from './search-plan';
import { matchingDocuments, titleHit, type SearchScope } from './search-sql';
import { highlight, snippet, type TextSegment } from './snippet';
import { TermStatistics } from './term-statistics';

export interface SearchQuery extends SearchScope {
  q: string;
  page: number;
  pageSize: number;
}

export interface SearchHit {
  articleId: number;
  siteId: number;
  columnId: number;
  publishedAt: Date;
  title: TextSegment[];
  snippet: TextSegment[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** The words looked for (and highlighted). */
  words: string[];
  /**
   * Every word is in a large share of the index: the hits are the matches among the newest
   * RECENT_WINDOW documents in scope, and `total` counts those.
   */
  recentOnly: boolean;
}

interface HitRow {
  article_id: number;
  site_id: number;
  column_id: number;
  published_at: Date;
  title: string;
  body_text: string;
  attachment_names: string;
}

const SNIPPET_LENGTH = 120;

/** The statement ran out of its time limit: a query matching too much of a large index. */
export class SearchTooBroadError extends Error {
  constructor() {
    super('搜索范围过大,请输入更具体的关键词或缩小时间范围后重试');
  }
}

/**
 * A query too broad to answer: MariaDB ER_STATEMENT_TIMEOUT, MySQL ER_QUERY_TIMEOUT, and InnoDB's
 * full-text result cache running out (HA_ERR_FTS_EXCEED_RESULT_CACHE_LIMIT, innodb_ft_result_cache_limit)
 * — MariaDB reports that one as errno 188, MySQL as "Got error 188 from storage engine" (1030).
 */
const TOO_BROAD_ERRNOS = new Set([1969, 3024, 188]);

function isTooBroad(error: unknown): boolean {
  const { errno, message, driverError } = error as { errno?: number; message?: string; driverError?: { errno?: number; message?: string } };
  const number = driverError?.errno ?? errno ?? 0;
  return TOO_BROAD_ERRNOS.has(number) || (number === 1030 && /\b188\b/.test(driverError?.message ?? message ?? ''));
}

/**
 * Ranked, filtered, paged search over search_documents: every query word must occur; title hits
 * come first, then the most recent. Rare words are looked up in the FULLTEXT index, common ones
 * checked on the rows found (search-plan.ts).
 */
@Injectable()
export class SearchService {
  /** Which server this is, asked once (and again only if asking failed). */
  private readonly mariaDb: RetryingLazy<boolean>;
  private readonly statistics: TermStatistics;

  /**
   * `timeLimitMs` bounds each statement: InnoDB FULLTEXT costs time per matching document, so a
   * very common word over a large index is cut off (SearchTooBroadError) instead of holding a
   * connection for seconds.
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeLimitMs = 2000,
  ) {
    this.statistics = new TermStatistics(dataSource);
    this.mariaDb = new RetryingLazy(() =>
      this.dataSource.query('SELECT VERSION() AS version').then(([{ version }]: { version: string }[]) => version.includes('MariaDB')),
    );
  }

  /** The two servers spell a statement time limit differently. */
  private async limited(sql: string): Promise<string> {
    return (await this.mariaDb.get())
      ? `SET STATEMENT max_statement_time = ${this.timeLimitMs / 1000} FOR ${sql}`
      : sql.replace(/^SELECT/, `SELECT /*+ MAX_EXECUTION_TIME(${this.timeLimitMs}) */`);
  }

  private async run<T>(sql: string, params: unknown[]): Promise<T[]> {
    try {
      return (await this.dataSource.query(await this.limited(sql), params)) as T[];
    } catch (error) {
      if (isTooBroad(error)) throw new SearchTooBroadError();
      throw error;
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const words = queryWords(query.q);
    const highlighted = words.flatMap(({ word, parts }) => [word, ...parts]);
    const plan = searchPlan(words, await this.statistics.documentCounts(queryTerms(words)));
    if (plan === null) return { hits: [], total: 0, words: [], recentOnly: false };

    const matches = matchingDocuments(plan, query);
    const title = titleHit(plan);

    // Ranks on the narrow columns (counting every match on the way), then reads the text columns of one page.
    const rows = await this.run<HitRow & { total: string }>(
      `SELECT ranked.total, d.article_id, d.site_id, d.column_id, d.published_at, d.title, d.body_text, d.attachment_names
       FROM (SELECT d.article_id, (${title.sql}) AS title_hit, d.published_at, COUNT(*) OVER () AS total FROM ${matches.sql}
             ORDER BY title_hit DESC, d.published_at DESC, d.article_id DESC LIMIT ? OFFSET ?) ranked
       JOIN search_documents d ON d.article_id = ranked.article_id
       ORDER BY ranked.title_hit DESC, ranked.published_at DESC, ranked.article_id DESC`,
      [...title.params, ...matches.params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    // A page past the last one has no row to carry the count.
    const total = rows.length
      ? Number(rows[0].total)
      : query.page === 1
        ? 0
        : Number((await this.run<{ total: string }>(`SELECT COUNT(*) AS total FROM ${matches.sql}`, matches.params))[0].total);
    return {
      total,
      words: highlighted,
      recentOnly: plan.match === null,
      hits: rows.map((row) => ({
        articleId: row.article_id,
        siteId: row.site_id,
        columnId: row.column_id,
        publishedAt: row.published_at,
        title: highlight(row.title, highlighted),
        snippet: snippet(this.snippetSource(row, highlighted), highlighted, SNIPPET_LENGTH),
      })),
    };
  }

  /** The body, or the attachment names when only they contain a word. */
  private snippetSource(row: HitRow, words: string[]): string {
    const lower = row.body_text.toLowerCase();
    if (row.attachment_names && !words.some((word) => lower.includes(word))) return `附件:${row.attachment_names.replace(/\n/g, ';')}`;
    return row.body_text;
  }
}
