/**
 * What content tells the articles that follow other articles (信息报送 references, automatic
 * submission rules). Implemented by libs/syndication; optional, so apps without it still work.
 * Declared here so that content does not depend on syndication (which reads content's tables).
 */
export interface ArticleFollowers {
  /** The article went live (first publication, or back online). */
  published(siteId: number, articleId: number): Promise<void>;
  /** The live content of the article changed (an approved edit). */
  changed(siteId: number, articleId: number): Promise<void>;
  /** The article left its site (unpublished, expired, deleted). */
  withdrawn(siteId: number, articleId: number): Promise<void>;
}

export const ARTICLE_FOLLOWERS = Symbol('ARTICLE_FOLLOWERS');
