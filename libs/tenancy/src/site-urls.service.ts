import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Database, runInTenant, type AppConfig } from '@zhanqun/shared';
import { SiteDomain } from './site-domain.entity';

/** Absolute URLs of sites on their primary domains, e.g. `http://jyj.zhanqun.localhost:8080/`. */
@Injectable()
export class SiteUrls {
  constructor(
    private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  originOf(host: string): string {
    return `http://${host}${this.config.publicPort ? `:${this.config.publicPort}` : ''}`;
  }

  async primaryHost(siteId: number): Promise<string | null> {
    const domain = await runInTenant({ siteId }, () => this.db.tenant(SiteDomain).findOneBy({ isPrimary: true }));
    return domain?.host ?? null;
  }

  async origin(siteId: number): Promise<string> {
    const host = await this.primaryHost(siteId);
    return host ? this.originOf(host) : '';
  }
}
