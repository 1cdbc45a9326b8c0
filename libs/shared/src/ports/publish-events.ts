/**
 * What domain services tell the publisher. Implemented by libs/publishing; declared here so that
 * tenancy and content do not depend on publishing (which reads their tables).
 */
export interface PublishEvents {
  /** Re-render every page of a site (provisioning, site fields, column tree changes). */
  siteChanged(siteId: number): Promise<void>;
  /** A new standards profile is in force: re-render every site; resolves with the rebuild run id. */
  standardsChanged(): Promise<string>;
  /**
   * Templates changed: re-render the pages of `pageTypes` on `siteIds` (null: every site);
   * resolves with the rebuild run id.
   */
  templatesChanged(siteIds: number[] | null, pageTypes: string[]): Promise<string>;
  /** Something every page of every site shows changed (政府网站链接): rebuild the group. */
  groupChanged(): Promise<void>;
  /** Sites, domains or statuses changed: rewrite the host table citizens are served by. */
  hostsChanged(): Promise<void>;
  /** An article went live or its live content changed; `previousColumnId` if it moved. */
  articlePublished(siteId: number, articleId: number, previousColumnId?: number): Promise<void>;
  /** An article left the site (unpublished, expired, deleted). */
  articleWithdrawn(siteId: number, articleId: number, columnId: number, publishedAt: Date | null): Promise<void>;
  /** Articles stopped using these files: unpublish each copy no live article still uses. */
  mediaReleased(siteId: number, mediaIds: number[]): Promise<void>;
  /** An article's publishAt / expireAt changed: (re)arm the timers that publish or expire it. */
  articleTimingChanged(siteId: number, articleId: number): Promise<void>;
}

export const PUBLISH_EVENTS = Symbol('PUBLISH_EVENTS');
