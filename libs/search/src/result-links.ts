import { articlePath, SiteColumn } from '@zhanqun/content';
import { Site, SiteDomain, type SiteUrls } from '@zhanqun/tenancy';
import { In } from 'typeorm';
import { carriersOf } from './adopted-copies';
import type { SearchHit } from './search.service';
import type { Database } from '@zhanqun/shared';

export interface HitLink {
  /** Absolute URL of the article page on its site's primary domain. */
  url: string;
  siteName: string;
  /** The other sites where the article is live as an adopted copy (转载), their names. */
  carriedBy: string[];
}

/**
 * URLs, site names and carrying sites of hits, read when searching rather than stored in the
 * index, so they follow renamed columns, sites and domains without a reindex.
 */
export async function hitLinks(db: Database, urls: SiteUrls, platformDomain: string, hits: SearchHit[]): Promise<HitLink[]> {
  const siteIds = [...new Set(hits.map((hit) => hit.siteId))];
  const columnIds = [...new Set(hits.map((hit) => hit.columnId))];
  if (hits.length === 0) return [];
  const [sites, domains, columns, carriers] = await Promise.all([
    db.platform(Site).findBy({ id: In(siteIds) }),
    db
      .crossTenant('groupSearch')
      .repository(SiteDomain)
      .findBy({ siteId: In(siteIds), isPrimary: true }),
    db
      .crossTenant('groupSearch')
      .repository(SiteColumn)
      .findBy({ id: In(columnIds) }),
    carriersOf(
      db,
      hits.map((hit) => hit.articleId),
    ),
  ]);
  const siteById = new Map(sites.map((site) => [site.id, site]));
  const hostBySite = new Map(domains.map((domain) => [domain.siteId, domain.host]));
  const pathByColumn = new Map(columns.map((column) => [column.id, column.path]));
  return hits.map((hit) => {
    const site = siteById.get(hit.siteId);
    const host = hostBySite.get(hit.siteId) ?? `${site?.code ?? 'unknown'}.${platformDomain}`;
    const path = articlePath(pathByColumn.get(hit.columnId) ?? 'unknown', hit.publishedAt, hit.articleId);
    return { url: urls.originOf(host) + path, siteName: site?.name ?? '', carriedBy: carriers.get(hit.articleId) ?? [] };
  });
}
