import { BadRequestException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { StandardsService } from '@zhanqun/standards';
import { In } from 'typeorm';
import { isPlatformAdmin, siteIdsOf, SITE_ROLES, UsersService, type Principal, type Role } from '@zhanqun/auth';
import { Database, PUBLISH_EVENTS, UnitOfWork, type PublishEvents } from '@zhanqun/shared';
import { DomainsService } from './domains.service';
import type { CreateSiteUserDto, GrantDto } from './dto/user.dto';
import type { SiteFieldsDto } from './dto/site.dto';
import { siteView, type SiteView } from './site-view';
import { Site, type SiteStatus } from './site.entity';

/** Reading and administering existing sites (provisioning lives in libs/provisioning). */
@Injectable()
export class SitesService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly domains: DomainsService,
    private readonly users: UsersService,
    private readonly standards: StandardsService,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
  ) {}

  private get sites() {
    return this.db.platform(Site);
  }

  async list(principal: Principal): Promise<{ items: SiteView[]; total: number }> {
    const where = isPlatformAdmin(principal) ? {} : { id: In(siteIdsOf(principal)) };
    const sites = await this.sites.find({ where, order: { id: 'ASC' } });
    const domains = await this.domains.ofSites(sites.map((s) => s.id));
    return { items: sites.map((site) => siteView(site, domains)), total: sites.length };
  }

  async find(siteId: number): Promise<Site> {
    const site = await this.sites.findOneBy({ id: siteId });
    if (!site) throw new NotFoundException('站点不存在');
    return site;
  }

  async get(siteId: number): Promise<SiteView> {
    const site = await this.find(siteId);
    return siteView(site, await this.domains.of(siteId));
  }

  async update(siteId: number, fields: SiteFieldsDto, principal: Principal): Promise<SiteView> {
    const site = await this.find(siteId);
    const { aliases, category, ...rest } = fields;
    // Sent back unchanged (a round trip of GET) it is no change.
    if (category !== undefined && category !== site.category && !isPlatformAdmin(principal)) {
      throw new ForbiddenException('站点类别(党群/政府)由门户中心设置');
    }
    if (rest.styleVariant) await this.assertApprovedVariant(rest.styleVariant);
    const hosts = aliases === undefined ? undefined : await this.domains.checkAliases(aliases, await this.domains.primary(siteId));
    await this.uow.run(async () => {
      await this.sites.update({ id: siteId }, { ...rest, ...(category ? { category } : {}) });
      if (hosts) {
        await this.domains.assertFree(hosts, siteId);
        await this.domains.replaceAliases(siteId, hosts);
        await this.publish.hostsChanged();
      }
      await this.publish.siteChanged(site.id);
    });
    return this.get(siteId);
  }

  private async assertApprovedVariant(key: string): Promise<void> {
    const { profile } = await this.standards.current();
    if (!profile.styleVariants.some((variant) => variant.key === key)) {
      const approved = profile.styleVariants.map((variant) => `${variant.key}(${variant.name})`).join('、');
      throw new BadRequestException(`styleVariant「${key}」不是门户中心核准的风格,可选:${approved || '无'}`);
    }
  }

  async setStatus(siteId: number, status: SiteStatus): Promise<SiteView> {
    await this.find(siteId);
    await this.uow.run(async () => {
      await this.sites.update({ id: siteId }, { status });
      await this.publish.hostsChanged();
    });
    return this.get(siteId);
  }

  private assertMayGrant(principal: Principal, roles: Role[]): void {
    if (roles.includes('platform_admin')) {
      throw new BadRequestException('platform_admin 是平台级角色,不能授予在某个站点上');
    }
    const forbidden = roles.filter((role) => !SITE_ROLES.includes(role));
    if (forbidden.length && !isPlatformAdmin(principal)) {
      throw new ForbiddenException(`只有门户中心可以授予 ${forbidden.join('、')} 角色`);
    }
  }

  async createUser(siteId: number, input: CreateSiteUserDto, principal: Principal) {
    await this.find(siteId);
    this.assertMayGrant(principal, input.roles);
    if (input.office && !isPlatformAdmin(principal)) throw new ForbiddenException('审核办公室(office)由门户中心设置');
    return this.uow.run(async () => {
      const { user, initialPassword } = await this.users.create(input);
      for (const role of new Set(input.roles)) await this.users.grant(user.id, siteId, role);
      return { id: user.id, username: user.username, displayName: user.displayName, roles: input.roles, initialPassword };
    });
  }

  async grant(siteId: number, input: GrantDto, principal: Principal) {
    await this.find(siteId);
    this.assertMayGrant(principal, [input.role]);
    if (!(await this.users.exists(input.userId))) throw new NotFoundException('用户不存在');
    await this.users.grant(input.userId, siteId, input.role);
    return { userId: input.userId, siteId, role: input.role };
  }
}
