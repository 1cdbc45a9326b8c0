import { Inject, Injectable } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { GovLink } from '@zhanqun/links';
import { APP_CONFIG, Database, runInTenant, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { deepFreeze } from '@zhanqun/templating';
import { Site, SiteDomain, SiteUrls } from '@zhanqun/tenancy';
import { govLinkGroups } from './gov-link-groups';
import { indexColumns, type SiteSnapshot } from './site-snapshot';

/** What pages of one site are rendered from: the site, its columns, the group and the standards in force. */
@Injectable()
export class SnapshotLoader {
  constructor(
    private readonly db: Database,
    private readonly standards: StandardsService,
    private readonly urls: SiteUrls,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Null when the site no longer exists. */
  async load(siteId: number): Promise<SiteSnapshot | null> {
    const site = await this.db.platform(Site).findOneBy({ id: siteId });
    if (!site) return null;
    const [primaries, columns, { version, profile }, sites, links] = await Promise.all([
      // Every page links the group's sites on their primary domains.
      this.db.crossTenant('domains').repository(SiteDomain).findBy({ isPrimary: true }),
      runInTenant({ siteId }, () => this.db.tenant(SiteColumn).find()),
      this.standards.current(),
      this.db.platform(Site).find({ order: { id: 'ASC' } }),
      this.db.platform(GovLink).find({ order: { sort: 'ASC', id: 'ASC' } }),
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
      govLinks: deepFreeze(govLinkGroups(links, groupSites, site.id)),
    };
  }
}
