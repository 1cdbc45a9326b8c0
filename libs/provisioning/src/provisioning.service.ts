import { ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { APP_CONFIG, PUBLISH_EVENTS, type AppConfig, type PublishEvents } from '@zhanqun/shared';
import { UsersService } from '@zhanqun/auth';
import { applySkeleton } from '@zhanqun/content';
import { StandardsService } from '@zhanqun/standards';
import {
  DomainsService,
  primaryHostFor,
  RESERVED_SITE_CODES,
  Site,
  SitesService,
  type CreateSiteDto,
  type SiteView,
} from '@zhanqun/tenancy';
import { DataSource } from 'typeorm';

export interface ProvisionedSite extends SiteView {
  admin: { username: string; initialPassword: string };
}

/**
 * Opens a new site in one transaction: the site record, its domains, the standard column
 * skeleton of its kind, and its admin with a one-time password; then publishes it at once.
 */
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly domains: DomainsService,
    private readonly users: UsersService,
    private readonly sites: SitesService,
    private readonly standards: StandardsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
  ) {}

  async provision(input: CreateSiteDto): Promise<ProvisionedSite> {
    const sites = this.dataSource.getRepository(Site);
    if (RESERVED_SITE_CODES.includes(input.code)) {
      throw new UnprocessableEntityException(`站点代码 ${input.code} 保留给管理后台的域名,请换一个`);
    }
    if (await sites.existsBy({ code: input.code })) throw new ConflictException(`站点代码 ${input.code} 已被使用`);
    if (input.kind === 'portal' && (await sites.existsBy({ kind: 'portal' }))) {
      throw new ConflictException('站群已有门户网站(主站),不能再开设第二个');
    }
    const primary = primaryHostFor(input.kind, input.code, this.config.platformDomain);
    const aliases = await this.domains.checkAliases(input.aliases ?? [], primary);
    const { profile } = await this.standards.current();

    const { siteId, initialPassword } = await this.dataSource.transaction(async (manager) => {
      await this.domains.assertFree([primary, ...aliases], null, manager);
      const { admin: _admin, aliases: _aliases, ...fields } = input;
      const site = await manager.getRepository(Site).save(manager.getRepository(Site).create({ ...fields, status: 'active' }));
      await this.domains.add(site.id, primary, aliases, manager);
      await applySkeleton(manager, site.id, profile.skeleton[input.kind]);
      const admin = await this.users.create({ username: input.admin.username, displayName: input.admin.displayName }, manager);
      await this.users.grant(admin.user.id, site.id, 'site_admin', manager);
      return { siteId: site.id, initialPassword: admin.initialPassword };
    });

    await this.publish.hostsChanged();
    await this.publish.siteChanged(siteId);
    return { ...(await this.sites.get(siteId)), admin: { username: input.admin.username, initialPassword } };
  }
}
