import { hash } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Database } from '@zhanqun/shared';
import { In } from 'typeorm';
import { PageManifestEntry } from '../page-manifest.entity';
import type { RenderedPage } from '../render/page-renderer';
import { PageBytes } from './page-bytes';
import { SiteFiles } from './site-files';

type ManifestRow = Pick<PageManifestEntry, 'pageKey' | 'path' | 'hash'>;

/**
 * Applies rendered pages, one at a time as they are rendered, to the output of the site in context
 * and, at `finish`, to its page manifest: unchanged pages are not rewritten, moved pages leave no
 * old file behind, vanished pages are removed. A page is written as soon as it is put, so a batch
 * never holds its rendered pages: they die young, which the garbage collector handles cheaply.
 */
export class PageOutput {
  private readonly upserts: Omit<PageManifestEntry, 'siteId'>[] = [];
  private readonly gone: string[] = [];
  private readonly now = new Date();

  private constructor(
    private readonly db: Database,
    private readonly files: SiteFiles,
    private readonly known: Map<string, ManifestRow>,
  ) {}

  /** Reads the manifest rows of the pages about to be put. */
  static async open(db: Database, files: SiteFiles, keys: string[]): Promise<PageOutput> {
    const siteId = db.tenant(PageManifestEntry).siteId;
    const rows: ManifestRow[] = keys.length
      ? await db.query('SELECT page_key AS pageKey, path, hash FROM page_manifest WHERE site_id = ? AND page_key IN (?)', [siteId, keys])
      : [];
    return new PageOutput(db, files, new Map(rows.map((row) => [row.pageKey, row])));
  }

  /** Writes (or, for null, removes) the page of `key`: synchronous, see SiteFiles.write. */
  put(key: string, page: RenderedPage | null): void {
    const before = this.known.get(key);
    if (!page) {
      if (before) {
        this.files.remove(before.path);
        this.gone.push(key);
      }
      return;
    }
    // Encoded once: hashed, counted and written as the same bytes.
    const bytes = PageBytes.of(page.body);
    const digest = hash('sha1', bytes);
    if (before && before.hash === digest && before.path === page.path && existsSync(this.files.resolve(page.path))) return;
    this.files.write(page.path, bytes);
    if (before && before.path !== page.path) this.files.remove(before.path);
    this.upserts.push({ pageKey: key, path: page.path, hash: digest, bytes: bytes.length, renderedAt: this.now });
  }

  /**
   * Records what was put in the manifest, read and written with plain SQL: a rebuild does this for
   * every chunk, and TypeORM's entity hydration and upsert building cost more than the queries.
   */
  async finish(): Promise<void> {
    const manifest = this.db.tenant(PageManifestEntry);
    if (this.upserts.length) {
      await this.db.query(
        `INSERT INTO page_manifest (site_id, page_key, path, hash, bytes, rendered_at) VALUES ?
         ON DUPLICATE KEY UPDATE path = VALUES(path), hash = VALUES(hash), bytes = VALUES(bytes), rendered_at = VALUES(rendered_at)`,
        [this.upserts.map((entry) => [manifest.siteId, entry.pageKey, entry.path, entry.hash, entry.bytes, entry.renderedAt])],
      );
    }
    if (this.gone.length) await manifest.delete({ pageKey: In(this.gone) });
  }
}
