import type Redis from 'ioredis';

/**
 * Closes the gap BullMQ's id dedup leaves: a change planned while the page's render job is
 * already running is dropped as a duplicate. The planner stamps each page when it asks for a
 * render; the renderer repeats its work if a stamp newer than its start appears.
 */
export class PageFreshness {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  private key(siteId: number, pageKey: string): string {
    return `${this.prefix}:stale:${siteId}:${pageKey}`;
  }

  async mark(siteId: number, pageKeys: string[], at = Date.now()): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const pageKey of pageKeys) pipeline.set(this.key(siteId, pageKey), at, 'PX', 600_000);
    await pipeline.exec();
  }

  /** Of `pageKeys`, those asked for again after `since` (ms), in one round trip. */
  async changedSinceAny(siteId: number, pageKeys: string[], since: number): Promise<string[]> {
    if (!pageKeys.length) return [];
    const stamps = await this.redis.mget(pageKeys.map((pageKey) => this.key(siteId, pageKey)));
    return pageKeys.filter((_, index) => stamps[index] !== null && Number(stamps[index]) >= since);
  }

  /** Whether the page was asked for again after `since` (ms). */
  async changedSince(siteId: number, pageKey: string, since: number): Promise<boolean> {
    const stamp = await this.redis.get(this.key(siteId, pageKey));
    return stamp !== null && Number(stamp) >= since;
  }
}
