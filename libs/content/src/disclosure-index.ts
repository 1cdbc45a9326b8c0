import { Injectable } from '@nestjs/common';
import { chinaYear, Database, requireTenant } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { IsNull } from 'typeorm';
import { Article } from './article.entity';
import { SiteColumn } from './column.entity';

/** The first-level column whose articles are government information disclosures (信息公开). */
export const DISCLOSURE_ROOT = 'xxgk';

export function isDisclosureColumn(path: string): boolean {
  return path === DISCLOSURE_ROOT || path.startsWith(`${DISCLOSURE_ROOT}/`);
}

/**
 * Assigns 索引号 `<unit code>/<year>-<5-digit serial>` to a disclosure article at its first
 * publication. The per-site, per-year counter only grows (an atomic upsert), so a number is
 * unique within the site and never reused, even after the article is withdrawn or deleted.
 */
@Injectable()
export class DisclosureIndex {
  constructor(private readonly db: Database) {}

  /** `article` is of the tenant's site. */
  async assignIfDisclosure(article: Article, publishedAt: Date): Promise<void> {
    if (article.indexNo) return;
    const { siteId } = requireTenant(article.siteId);
    const column = await this.db.tenant(SiteColumn).findOneBy({ id: article.columnId });
    if (!column || !isDisclosureColumn(column.path)) return;
    const site = await this.db.platform(Site).findOneByOrFail({ id: siteId });
    const year = chinaYear(publishedAt);
    const result = await this.db.query<{ insertId: number }>(
      `INSERT INTO disclosure_serials (site_id, year, last_serial) VALUES (?, ?, LAST_INSERT_ID(1))
       ON DUPLICATE KEY UPDATE last_serial = LAST_INSERT_ID(last_serial + 1)`,
      [siteId, year],
    );
    const serial = Number(result.insertId);
    const indexNo = `${site.orgCode || site.code.toUpperCase()}/${year}-${String(serial).padStart(5, '0')}`;
    await this.db.tenant(Article).update({ id: article.id, indexNo: IsNull() }, { indexNo });
    article.indexNo = indexNo;
  }
}
