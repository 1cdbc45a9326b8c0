import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Database } from '@zhanqun/shared';
import { In } from 'typeorm';
import { PageManifestEntry } from '../page-manifest.entity';
import type { RenderedPage } from '../render/page-renderer';
import { SiteFiles } from './site-files';

type ManifestRow = Pick<PageManifestEntry, 'pageKey' | 'path' | 'hash'>;

export interface PageResult {
  key: string;
  /** Null: the page should no longer exist. */
  page: RenderedPage | null;
}

export interface OutputStats {
  written: number;
  unchanged: number;
  removed: number;
}

/**
 * Applies rendered pages to the output of the site in context and its page manifest: unchanged
 * pages are not rewritten, moved pages leave no old file behind, vanished pages are removed.
 */
export class PageOutput {
  /** `turn`: background work (a batch) gives way here between pages; single pages never wait. */
  constructor(
    private readonly db: Database,
    private readonly files: SiteFiles,
    private readonly turn: () => Promise<void> = async () => {},
  ) {}

  async apply(results: PageResult[]): Promise<OutputStats> {
    const stats: OutputStats = { written: 0, unchanged: 0, removed: 0 };
    if (results.length === 0) return stats;
    const manifest = this.db.tenant(PageManifestEntry);
    const known = await this.manifestOf(
      manifest.siteId,
      results.map((r) => r.key),
    );
    const upserts: Omit<PageManifestEntry, 'siteId'>[] = [];
    const gone: string[] = [];
    const now = new Date();
    for (const { key, page } of results) {
      await this.turn();
      const before = known.get(key);
      if (!page) {
        if (before) {
          this.files.remove(before.path);
          gone.push(key);
          stats.removed++;
        }
        continue;
      }
      // Encoded once: hashed, counted and written as the same bytes.
      const bytes = typeof page.body === 'string' ? Buffer.from(page.body) : page.body;
      const digest = hash('sha1', bytes);
      if (before && before.hash === digest && before.path === page.path && existsSync(this.files.resolve(page.path))) {
        stats.unchanged++;
        continue;
      }
      this.files.write(page.path, bytes);
      if (before && before.path !== page.path) this.files.remove(before.path);
      upserts.push({ pageKey: key, path: page.path, hash: digest, bytes: bytes.length, renderedAt: now });
      stats.written++;
    }
    if (upserts.length) await this.record(manifest.siteId, upserts);
    if (gone.length) await manifest.delete({ pageKey: In(gone) });
    return stats;
  }

  /**
   * The manifest rows of `keys`, read and written with plain SQL: a rebuild does this for every
   * chunk, and TypeORM's entity hydration and upsert building cost more than the queries.
   */
  private async manifestOf(siteId: number, keys: string[]): Promise<Map<string, ManifestRow>> {
    const rows: ManifestRow[] = await this.db.query(
      'SELECT page_key AS pageKey, path, hash FROM page_manifest WHERE site_id = ? AND page_key IN (?)',
      [siteId, keys],
    );
    return new Map(rows.map((row) => [row.pageKey, row]));
  }

  private async record(siteId: number, entries: Omit<PageManifestEntry, 'siteId'>[]): Promise<void> {
    await this.db.query(
      `INSERT INTO page_manifest (site_id, page_key, path, hash, bytes, rendered_at) VALUES ?
       ON DUPLICATE KEY UPDATE path = VALUES(path), hash = VALUES(hash), bytes = VALUES(bytes), rendered_at = VALUES(rendered_at)`,
      [entries.map((entry) => [siteId, entry.pageKey, entry.path, entry.hash, entry.bytes, entry.renderedAt])],
    );
  }

  /** Removes pages (by key) that the site no longer generates. */
  async removeKeys(keys: string[]): Promise<number> {
    return (await this.apply(keys.map((key) => ({ key, page: null })))).removed;
  }
}
