import { SiteColumn } from '@zhanqun/content';
import { Site } from '@zhanqun/tenancy';
import type { SearchParams } from './search-params';
import type { Database } from '@zhanqun/shared';

/** The sites and columns one request searches, or the reason it cannot. */
export type ResolvedScope = { ok: true; siteIds: number[]; columnIds: number[] | null } | { ok: false; message: string };

/** A column and every column below it. */
function subtree(columns: SiteColumn[], rootId: number): number[] {
  const ids = [rootId];
  for (let index = 0; index < ids.length; index++) {
    for (const column of columns) if (column.parentId === ids[index]) ids.push(column.id);
  }
  return ids;
}

/**
 * scope=site: the site of the request; scope=group: every active site. `site` narrows a group
 * search to one of them; `column` must be a column of a searched site (its subtree is searched).
 */
export async function resolveScope(db: Database, current: Site, params: SearchParams): Promise<ResolvedScope> {
  const sites = db.platform(Site);
  let siteIds =
    params.scope === 'site'
      ? [current.id]
      : (await sites.find({ select: { id: true }, where: { status: 'active' } })).map((site) => site.id);
  if (params.site !== null) {
    const chosen = await sites.findOneBy({ code: params.site, status: 'active' });
    if (!chosen || !siteIds.includes(chosen.id)) return { ok: false, message: '要搜索的站点不存在或不在搜索范围内' };
    siteIds = [chosen.id];
  }
  if (params.column === null) return { ok: true, siteIds, columnIds: null };
  const column = await db.crossTenant('groupSearch').repository(SiteColumn).findOneBy({ id: params.column });
  if (!column || !siteIds.includes(column.siteId)) return { ok: false, message: '要搜索的栏目不存在或不在搜索范围内' };
  const columns = await db.crossTenant('groupSearch').repository(SiteColumn).findBy({ siteId: column.siteId });
  return { ok: true, siteIds, columnIds: subtree(columns, column.id) };
}
