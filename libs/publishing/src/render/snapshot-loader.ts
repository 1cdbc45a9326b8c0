import { Inject, Injectable } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { GovLink } from '@zhanqun/links';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { Site, SiteDomain, SiteUrls } from '@zhanqun/tenancy';
import { DataSource } from 'typeorm';
import { govLinkGroups } from './gov-link-groups';
import { indexColumns, type SiteSnapshot } from './site-snapshot';

@Injectable()
export class SnapshotLoader {
  constructor(
    private readonly dataSource: DataSource,
    private readonly standards: StandardsService,
    private readonly urls: SiteUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when the site no longer exists. */
  async load(siteId: number): Promise<SiteSnapshot | null> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id: siteId });
    if (!site) return null;
    const [primaries, columns, { version, profile }, sites, links] = await Promise.all([
      this.dataSource.getRepository(SiteDomain).findBy({ isPrimary: true }),
      this.dataSource.getRepository(SiteColumn).findBy({ siteId }),
      this.standards.current(),
      this.dataSource.getRepository(Site).find({ order: { id: 'ASC' } }),
      this.dataSource.getRepository(GovLink).find({ order: { sort: 'ASC', id: 'ASC' } }),
    ]);
    const primaryOf = new Map(primaries.map((domain) => [domain.siteId, domain.host]));
    const hostOf = (s: Site) => primaryOf.get(s.id) ?? `${s.code}.${this.config.platformDomain}`;
    const primaryHost = hostOf(site);
    // The portal first, then the units in the order they were opened; suspended sites are not linked.
    const groupSites = sites
      .filter((s) => s.status === 'active')
      .sort((a, b) => Number(b.kind === 'portal') - Number(a.kind === 'portal'))
      .map((s) => ({ id: s.id, name: s.name, url: `${this.urls.originOf(hostOf(s))}/` }));
    const portalOrigin = this.urls.originOf(`www.${this.config.platformDomain}`);
    return {
      site,
      primaryHost,
      origin: this.urls.originOf(primaryHost),
      portalOrigin,
      profile,
      profileVersion: version,
      columns,
      ...indexColumns(columns),
      govLinks: govLinkGroups(links, groupSites, site.id),
    };
  }
}
