import { ConflictException, Inject, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { APP_CONFIG, Database, PUBLISH_EVENTS, UnitOfWork, type AppConfig, type PublishEvents } from '@zhanqun/shared';
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

export interface ProvisionedSite extends SiteView {
  admin: { username: string; initialPassword: string };
}

/**
 * Opens a new site in one unit of work: the site record, its domains, the standard column
 * skeleton of its kind, its admin with a one-time password, and the events that publish it.
 */
@Injectable()
export class ProvisioningService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly domains: DomainsService,
    private readonly users: UsersService,
    private readonly siteViews: SitesService,
    private readonly standards: StandardsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
  ) {}

  /** A getter: a repository of `db.platform` is bound to the transaction open when it is taken. */
  private get sites() {
    return this.db.platform(Site);
  }

  async provision(input: CreateSiteDto): Promise<ProvisionedSite> {
    if (RESERVED_SITE_CODES.includes(input.code)) {
      throw new UnprocessableEntityException(`站点代码 ${input.code} 保留给管理后台的域名,请换一个`);
    }
    if (await this.sites.existsBy({ code: input.code })) throw new ConflictException(`站点代码 ${input.code} 已被使用`);
    if (input.kind === 'portal' && (await this.sites.existsBy({ kind: 'portal' }))) {
      throw new ConflictException('站群已有门户网站(主站),不能再开设第二个');
    }
    const primary = primaryHostFor(input.kind, input.code, this.config.platformDomain);
    const aliases = await this.domains.checkAliases(input.aliases ?? [], primary);
    const { profile } = await this.standards.current();

    const { siteId, initialPassword } = await this.uow.run(async () => {
      await this.domains.assertFree([primary, ...aliases], null);
      const { admin: _admin, aliases: _aliases, ...fields } = input;
      const site = await this.sites.save(this.sites.create({ ...fields, status: 'active' }));
      await this.domains.add(site.id, primary, aliases);
      await applySkeleton(this.db, site.id, profile.skeleton[input.kind]);
      const admin = await this.users.create({ username: input.admin.username, displayName: input.admin.displayName });
      await this.users.grant(admin.user.id, site.id, 'site_admin');
      await this.publish.hostsChanged();
      await this.publish.siteChanged(site.id);
      return { siteId: site.id, initialPassword: admin.initialPassword };
    });
    return { ...(await this.siteViews.get(siteId)), admin: { username: input.admin.username, initialPassword } };
  }
}
