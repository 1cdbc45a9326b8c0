import type { Database } from '@zhanqun/shared';

/**
 * 信息报送 adoption copies a unit's article to the portal (libs/syndication's `syndications` rows:
 * `source_article_id` → `adopted_article_id`): the copy has the source's title and text. A search
 * shows the source once and names the sites carrying it; a copy appears only when its source does
 * not (offline, or outside the searched sites, column or dates).
 */

/**
 * The condition that keeps a document `d` unless it is an adopted copy whose live source is
 * searched too: `scope(alias)` is the search's filters (sites, columns, dates) on another alias,
 * applied to the source the same way.
 */
export function notACopyOfAHit(scope: (alias: string) => string): string {
  return `NOT EXISTS (
    SELECT 1 FROM syndications s INNER JOIN search_documents src ON src.article_id = s.source_article_id
    WHERE s.adopted_article_id = d.article_id AND s.status = 'adopted' AND ${scope('src')})`;
}

/** For each source article, the names of the active sites where an adopted copy of it is live. */
export async function carriersOf(db: Database, articleIds: number[]): Promise<Map<number, string[]>> {
  if (articleIds.length === 0) return new Map();
  const rows: { source: number; name: string }[] = await db.crossTenant('groupSearch').query(
    `SELECT s.source_article_id AS source, site.name AS name
     FROM syndications s
     INNER JOIN search_documents copy ON copy.article_id = s.adopted_article_id
     INNER JOIN sites site ON site.id = copy.site_id AND site.status = 'active'
     WHERE s.status = 'adopted' AND s.source_article_id IN (?)
     ORDER BY site.id`,
    [articleIds],
  );
  const carriers = new Map<number, string[]>();
  for (const { source, name } of rows) {
    const names = carriers.get(Number(source)) ?? [];
    if (!names.includes(name)) carriers.set(Number(source), [...names, name]);
  }
  return carriers;
}
