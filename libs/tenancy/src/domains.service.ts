import { BadRequestException, ConflictException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, Database, runInTenant, type AppConfig, type TenantRepository } from '@zhanqun/shared';
import { In, Not } from 'typeorm';
import { StandardsService } from '@zhanqun/standards';
import { CONSOLE_HOST_LABEL, isValidHost, normalizeHost } from './domain-names';
import { SiteDomain } from './site-domain.entity';

/** Primary domains and aliases of sites; a host belongs to one site only. */
@Injectable()
export class DomainsService {
  constructor(
    private readonly db: Database,
    private readonly standards: StandardsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Runs `work` on the domains of one site, as that site's tenant data. */
  private ofSite<T>(siteId: number, work: (domains: TenantRepository<SiteDomain>) => Promise<T>): Promise<T> {
    return runInTenant({ siteId }, () => work(this.db.tenant(SiteDomain)));
  }

  /** Validates and normalizes alias hosts against the allowed suffixes of the standards profile. */
  async checkAliases(aliases: string[], primary: string): Promise<string[]> {
    const { profile } = await this.standards.current();
    const hosts = [...new Set(aliases.map(normalizeHost))].filter((host) => host !== primary);
    for (const host of hosts) {
      if (!isValidHost(host)) throw new BadRequestException(`别名 ${host} 不是有效的域名`);
      // The platform domain and its www. are the portal's (统一域名), whether it exists yet or not.
      const platform = this.config.platformDomain;
      if (host === platform || host === `www.${platform}`) {
        throw new BadRequestException(`别名 ${host} 是门户网站的域名,不能作为别名`);
      }
      if (host === `${CONSOLE_HOST_LABEL}.${platform}`) {
        throw new BadRequestException(`别名 ${host} 是管理后台的域名,不能作为别名`);
      }
      if (!profile.allowedDomainSuffixes.some((suffix) => host.endsWith(suffix))) {
        throw new BadRequestException(`别名 ${host} 的后缀不在允许范围内(${profile.allowedDomainSuffixes.join('、')})`);
      }
    }
    return hosts;
  }

  async assertFree(hosts: string[], exceptSiteId: number | null): Promise<void> {
    if (hosts.length === 0) return;
    const where = exceptSiteId === null ? { host: In(hosts) } : { host: In(hosts), siteId: Not(exceptSiteId) };
    const taken = await this.db.crossTenant('domains').repository(SiteDomain).findBy(where);
    if (taken.length) throw new ConflictException(`域名已被其他站点使用:${taken.map((d) => d.host).join('、')}`);
  }

  /** The domains of one site. */
  of(siteId: number): Promise<SiteDomain[]> {
    return this.ofSite(siteId, (domains) => domains.findBy({}));
  }

  /** The domains of several sites (a site list). */
  ofSites(siteIds: number[]): Promise<SiteDomain[]> {
    return siteIds.length
      ? this.db
          .crossTenant('domains')
          .repository(SiteDomain)
          .findBy({ siteId: In(siteIds) })
      : Promise.resolve([]);
  }

  async primary(siteId: number): Promise<string> {
    return (await this.ofSite(siteId, (domains) => domains.findOneBy({ isPrimary: true })))!.host;
  }

  async add(siteId: number, primary: string, aliases: string[]): Promise<void> {
    await this.ofSite(siteId, (domains) =>
      domains.insert([{ host: primary, isPrimary: true }, ...aliases.map((host) => ({ host, isPrimary: false }))]),
    );
  }

  /** Replaces a site's aliases (the primary domain never changes). */
  async replaceAliases(siteId: number, aliases: string[]): Promise<void> {
    await this.ofSite(siteId, async (domains) => {
      await domains.delete({ isPrimary: false });
      if (aliases.length) await domains.insert(aliases.map((host) => ({ host, isPrimary: false })));
    });
  }
}
