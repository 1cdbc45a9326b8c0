import { Inject, Injectable } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { APP_CONFIG, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { Site, SiteDomain, SiteUrls } from '@zhanqun/tenancy';
import { DataSource } from 'typeorm';
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
    const [primary, columns, { version, profile }] = await Promise.all([
      this.dataSource.getRepository(SiteDomain).findOneBy({ siteId, isPrimary: true }),
      this.dataSource.getRepository(SiteColumn).findBy({ siteId }),
      this.standards.current(),
    ]);
    const primaryHost = primary?.host ?? `${site.code}.${this.config.platformDomain}`;
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
    };
  }
}
