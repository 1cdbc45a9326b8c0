import { Injectable } from '@nestjs/common';
import type { PageViews } from './page-views';
import type { ArticleSummaryRow } from './site-content';

/**
 * What a batch of one site's pages renders from (its snapshot, in the views built on it), and
 * when it was read, for the freshness check.
 */
export interface SiteRead {
  views: PageViews;
  summaries: ArticleSummaryRow[];
  readAt: number;
}

/** Longer than one site's chunks take in a group rebuild; freshness stamps, not this, keep pages current. */
const KEPT_MS = 10_000;

/**
 * One read of a site's snapshot and published summaries, shared by the chunks of one run that
 * this worker renders: reading them cost a fifth of a chunk's CPU when every chunk did. A chunk
 * rendered from an older read is still correct: it checks for pages asked for since `readAt`
 * and queues them again (RenderProcessor), and then `forget`s the read so later chunks read anew.
 */
@Injectable()
export class RebuildReads {
  private readonly reads = new Map<string, { expires: number; read: Promise<SiteRead | null> }>();

  read(runId: string, siteId: number, load: () => Promise<SiteRead | null>): Promise<SiteRead | null> {
    const now = Date.now();
    for (const [key, entry] of this.reads) if (entry.expires <= now) this.reads.delete(key);
    const key = `${runId}:${siteId}`;
    const kept = this.reads.get(key);
    if (kept) return kept.read;
    const read = load();
    this.reads.set(key, { expires: now + KEPT_MS, read });
    // A failed read is not kept: the chunk's retry reads again.
    read.catch(() => this.reads.get(key)?.read === read && this.reads.delete(key));
    return read;
  }

  forget(runId: string, siteId: number): void {
    this.reads.delete(`${runId}:${siteId}`);
  }
}
