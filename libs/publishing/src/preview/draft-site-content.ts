import type { Article } from '@zhanqun/content';
import type { ArticleSummaryRow, FeedRow, SiteContent } from '../render/site-content';

/** 索引号 is assigned at first publication; a draft's disclosure table shows this instead. */
export const DRAFT_INDEX_NO = '(发布时生成)';

/** The site's published content, with one unsaved article readable as if it were live. */
export class DraftSiteContent implements SiteContent {
  constructor(
    private readonly live: SiteContent,
    private readonly draft: Article,
  ) {}

  get media() {
    return this.live.media;
  }

  summaries(columnIds: number[], offset: number, limit: number): Promise<ArticleSummaryRow[]> {
    return this.live.summaries(columnIds, offset, limit);
  }

  count(columnIds: number[]): Promise<number> {
    return this.live.count(columnIds);
  }

  headlines(limit: number): Promise<ArticleSummaryRow[]> {
    return this.live.headlines(limit);
  }

  pictureNews(limit: number): Promise<ArticleSummaryRow[]> {
    return this.live.pictureNews(limit);
  }

  all(): Promise<readonly ArticleSummaryRow[]> {
    return this.live.all();
  }

  feed(limit: number): Promise<FeedRow[]> {
    return this.live.feed(limit);
  }

  async article(articleId: number): Promise<Article | null> {
    if (articleId !== this.draft.id) return this.live.article(articleId);
    return {
      ...this.draft,
      publishedAt: this.draft.publishedAt ?? this.draft.publishAt ?? new Date(),
      indexNo: this.draft.indexNo ?? DRAFT_INDEX_NO,
    };
  }
}
