/**
 * What must follow a committed change, as one typed union: each event is written to the outbox
 * in the change's transaction and handed to the handlers of its topic by the worker's relay.
 * Handlers run at least once and must be idempotent: they act on the current state of the
 * database (render what is there now, index the article if it is live), never on a stale copy.
 */
export type OutboxEvent =
  /** An article went live (`published`) or its live content changed (`edited`); `previousColumnId` if it moved. */
  | { topic: 'article.live'; siteId: number; articleId: number; change: 'published' | 'edited'; previousColumnId?: number }
  /** An article left its site (unpublished, expired, deleted). */
  | { topic: 'article.withdrawn'; siteId: number; articleId: number; columnId: number }
  /** An article's publishAt / expireAt changed: (re)arm its timers. */
  | { topic: 'article.timing'; siteId: number; articleId: number }
  /** Articles stopped using these files: unpublish each copy no live article still uses. */
  | { topic: 'media.released'; siteId: number; mediaIds: number[] }
  /** A publish run was recorded: plan its pages and queue its chunks. */
  | { topic: 'rebuild.requested'; runId: string; siteIds: number[]; pageTypes?: string[] }
  /** Sites, domains or statuses changed: rewrite the host table and the nginx blocks. */
  | { topic: 'hosts.changed' };

export type OutboxTopic = OutboxEvent['topic'];
export type OutboxEventOf<K extends OutboxTopic> = Extract<OutboxEvent, { topic: K }>;
