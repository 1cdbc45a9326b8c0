/**
 * What domain services tell publishing. Each call records the event in the current unit of work
 * (as outbox rows, see libs/shared/src/outbox): it takes effect — render jobs, search index,
 * followers — only if and after the change that caused it commits. Implemented by
 * libs/publishing; declared here so that tenancy and content do not depend on publishing.
 */
export interface PublishEvents {
  /** Re-render every page of a site (provisioning, site fields, column tree changes). */
  siteChanged(siteId: number): Promise<void>;
  /**
   * A new standards profile is in force: give existing sites any column the skeleton gained and
   * re-render every site; resolves with the rebuild run id.
   */
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
  /**
   * An article went live (`change: 'published'`) or its live content changed (the default,
   * `'edited'`); `previousColumnId` if it moved.
   */
  articlePublished(
    siteId: number,
    articleId: number,
    options?: { change?: 'published' | 'edited'; previousColumnId?: number },
  ): Promise<void>;
  /** An article left the site (unpublished, expired, deleted). */
  articleWithdrawn(siteId: number, articleId: number, columnId: number): Promise<void>;
  /** Articles stopped using these files: unpublish each copy no live article still uses. */
  mediaReleased(siteId: number, mediaIds: number[]): Promise<void>;
  /** An article's publishAt / expireAt changed: (re)arm the timers that publish or expire it. */
  articleTimingChanged(siteId: number, articleId: number): Promise<void>;
}

export const PUBLISH_EVENTS = Symbol('PUBLISH_EVENTS');
