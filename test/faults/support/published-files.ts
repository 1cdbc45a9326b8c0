import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'mysql2/promise';

/**
 * What is wrong with a site's published files, as readable problems (empty when all is well):
 * a page of the manifest missing on disk or not byte-equal to what was recorded (torn), a live
 * article whose page does not show its current title (stale). A write cut off by kill -9 can leave
 * its hidden temp file (`.<random>.tmp`) beside the page; no page links to it and the page itself
 * stays whole, so such files are not counted.
 */
export async function publishedFileProblems(db: Connection, publishRoot: string, site: { id: number; code: string }): Promise<string[]> {
  const problems: string[] = [];
  const root = join(publishRoot, 'sites', site.code);
  const [manifest] = await db.query('SELECT page_key, path, hash FROM page_manifest WHERE site_id = ?', [site.id]);
  const paths = new Map<string, string>();
  for (const { page_key, path, hash } of manifest as { page_key: string; path: string; hash: string }[]) {
    paths.set(page_key, path);
    const file = join(root, path);
    if (!existsSync(file)) problems.push(`${page_key}: ${path} missing`);
    else if (createHash('sha1').update(readFileSync(file)).digest('hex') !== hash)
      problems.push(`${page_key}: ${path} differs from the manifest`);
  }
  const [articles] = await db.query("SELECT id, title FROM articles WHERE site_id = ? AND status = 'published'", [site.id]);
  for (const { id, title } of articles as { id: number; title: string }[]) {
    const path = paths.get(`article:${id}`);
    if (!path || !existsSync(join(root, path))) problems.push(`article ${id} has no page`);
    else if (!readFileSync(join(root, path), 'utf8').includes(title)) problems.push(`article ${id}: page does not show "${title}"`);
  }
  return problems;
}
