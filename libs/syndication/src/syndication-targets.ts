import { BadRequestException, Injectable } from '@nestjs/common';
import { Article, articlePath, SiteColumn } from '@zhanqun/content';
import { Database, runInTenant } from '@zhanqun/shared';
import { Site, SiteUrls } from '@zhanqun/tenancy';
import { In } from 'typeorm';

/** Cross-site lookups of 信息报送: where an article may be submitted to, and where it lives. */
@Injectable()
export class SyndicationTargets {
  constructor(
    private readonly db: Database,
    private readonly urls: SiteUrls,
  ) {}

  /** A column of the given site, read in that site's tenant context. */
  private columnOf(siteId: number, columnId: number): Promise<SiteColumn | null> {
    return runInTenant({ siteId }, () => this.db.tenant(SiteColumn).findOneBy({ id: columnId }));
  }

  /** A list column of another existing site, named by both ids (a column of a different site is refused). */
  async check(sourceSiteId: number, targetSiteId: number, targetColumnId: number): Promise<{ site: Site; column: SiteColumn }> {
    if (targetSiteId === sourceSiteId) throw new BadRequestException('不能报送到本站点,请选择门户等其他站点的栏目');
    const site = await this.db.platform(Site).findOneBy({ id: targetSiteId });
    if (!site) throw new BadRequestException('targetSiteId 指向的站点不存在');
    const column = await this.columnOf(targetSiteId, targetColumnId);
    if (!column) throw new BadRequestException('targetColumnId 不是目标站点的栏目');
    if (column.kind !== 'list') throw new BadRequestException('只能报送到目标站点的列表栏目');
    return { site, column };
  }

  /** The public URL of a live article, '' if it is not live. */
  async articleUrl(article: Article): Promise<string> {
    if (article.status !== 'published' || !article.publishedAt) return '';
    const column = await this.columnOf(article.siteId, article.columnId);
    if (!column) return '';
    return (await this.urls.origin(article.siteId)) + articlePath(column.path, article.publishedAt, article.id);
  }

  async origin(siteId: number): Promise<string> {
    return this.urls.origin(siteId);
  }

  async siteNames(siteIds: number[]): Promise<Map<number, string>> {
    if (!siteIds.length) return new Map();
    const sites = await this.db.platform(Site).findBy({ id: In(siteIds) });
    return new Map(sites.map((site) => [site.id, site.name]));
  }
}
