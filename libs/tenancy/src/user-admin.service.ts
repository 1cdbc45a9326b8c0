import {
  BadRequestException,
  ConflictException,
  ForbiddenException,
  Injectable,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import {
  generateInitialPassword,
  hashPassword,
  isPlatformAdmin,
  RoleGrant,
  ROLES,
  SITE_ROLES,
  User,
  UsersService,
  type Principal,
  type Role,
} from '@zhanqun/auth';
import { Database, UnitOfWork } from '@zhanqun/shared';
import { In, IsNull, type SelectQueryBuilder } from 'typeorm';
import type {
  AccountGrantDto,
  AccountGrantView,
  CreatePlatformUserDto,
  ListPlatformUsersQuery,
  ListSiteUsersQuery,
  PlatformUserView,
  SiteUserView,
  UpdatePlatformUserDto,
} from './dto/user-admin.dto';
import { Site } from './site.entity';
import { SitesService } from './sites.service';

const DEFAULT_PAGE_SIZE = 20;

function accountFields(user: User) {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    office: user.office,
    disabled: user.disabled,
    mustChangePassword: user.mustChangePassword,
    lockedUntil: user.lockedUntil,
  };
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Administering accounts: a site's own (by its site_admin, within that site only) and all of them
 * (by the portal center). Disabling, password resets and revocations keep at least one active
 * platform admin and one site_admin per site.
 */
@Injectable()
export class UserAdminService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
    private readonly sites: SitesService,
  ) {}

  // ---- reading ----

  async listSiteUsers(siteId: number, query: ListSiteUsersQuery) {
    await this.sites.find(siteId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const builder = this.accounts(query.q).andWhere(
      'EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = account.id AND g.site_id = :siteId)',
      { siteId },
    );
    const [accounts, total] = await builder
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    const items = await this.siteViews(siteId, accounts);
    return { items, total, page, pageSize };
  }

  /** One account of the site; 404 when it holds no role there. */
  async siteUser(siteId: number, userId: number): Promise<SiteUserView> {
    await this.sites.find(siteId);
    const user = await this.db.platform(User).findOneBy({ id: userId });
    const [view] = user ? await this.siteViews(siteId, [user]) : [];
    if (!view?.roles.length) throw new NotFoundException('该站点没有这个用户');
    return view;
  }

  async listPlatformUsers(query: ListPlatformUsersQuery) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
    const builder = this.accounts(query.q);
    if (query.role !== undefined || query.siteId !== undefined) {
      const conditions = ['g.user_id = account.id'];
      if (query.role !== undefined) conditions.push('g.role = :role');
      if (query.siteId !== undefined) conditions.push('g.site_id = :siteId');
      builder.andWhere(`EXISTS (SELECT 1 FROM role_grants g WHERE ${conditions.join(' AND ')})`, {
        role: query.role,
        siteId: query.siteId,
      });
    }
    const [accounts, total] = await builder
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.platformViews(accounts), total, page, pageSize };
  }

  async platformUser(userId: number): Promise<PlatformUserView> {
    const user = await this.db.platform(User).findOneBy({ id: userId });
    if (!user) throw new NotFoundException('用户不存在');
    return (await this.platformViews([user]))[0];
  }

  private accounts(q: string | undefined): SelectQueryBuilder<User> {
    const builder = this.db.platform(User).createQueryBuilder('account').orderBy('account.id', 'ASC');
    if (q) builder.where('(account.username LIKE :q OR account.displayName LIKE :q)', { q: likePattern(q) });
    return builder;
  }

  private async siteViews(siteId: number, accounts: User[]): Promise<SiteUserView[]> {
    const grants = accounts.length
      ? await this.db
          .crossTenant('accounts')
          .repository(RoleGrant)
          .find({ where: { siteId, userId: In(accounts.map((a) => a.id)) }, order: { id: 'ASC' } })
      : [];
    return accounts.map((account) => ({
      ...accountFields(account),
      roles: grants.filter((grant) => grant.userId === account.id).map((grant) => grant.role),
    }));
  }

  private async platformViews(accounts: User[]): Promise<PlatformUserView[]> {
    const grants = accounts.length
      ? await this.db
          .crossTenant('accounts')
          .repository(RoleGrant)
          .find({ where: { userId: In(accounts.map((a) => a.id)) }, order: { id: 'ASC' } })
      : [];
    const siteIds = [...new Set(grants.map((grant) => grant.siteId).filter((id): id is number => id !== null))];
    const sites = siteIds.length ? await this.db.platform(Site).findBy({ id: In(siteIds) }) : [];
    const names = new Map(sites.map((site) => [site.id, site.name]));
    return accounts.map((account) => ({
      ...accountFields(account),
      createdAt: account.createdAt,
      grants: grants
        .filter((grant) => grant.userId === account.id)
        .map(({ siteId, role }): AccountGrantView => ({ siteId, siteName: siteId === null ? null : (names.get(siteId) ?? null), role })),
    }));
  }

  // ---- the portal center's accounts ----

  async createPlatformUser(input: CreatePlatformUserDto) {
    const grants = await this.checkGrants(input.roles ?? []);
    return this.uow.run(async () => {
      const { user, initialPassword } = await this.users.create({
        username: input.username,
        displayName: input.displayName,
        office: input.office ?? null,
      });
      for (const { siteId, role } of grants) await this.users.grant(user.id, siteId, role);
      return { id: user.id, username: user.username, initialPassword };
    });
  }

  /** platform_admin is platform-wide (no siteId); every other role names an existing site. */
  private async checkGrants(roles: AccountGrantDto[]): Promise<{ siteId: number | null; role: Role }[]> {
    const grants = new Map<string, { siteId: number | null; role: Role }>();
    for (const { siteId, role } of roles) {
      if (role === 'platform_admin' && siteId != null) {
        throw new BadRequestException('platform_admin 是平台级角色,不能指定 siteId');
      }
      if (role !== 'platform_admin' && siteId == null) throw new BadRequestException(`角色 ${role} 须指定站点(siteId)`);
      grants.set(`${siteId ?? 0}:${role}`, { siteId: siteId ?? null, role });
    }
    const siteIds = [...new Set([...grants.values()].map((grant) => grant.siteId).filter((id): id is number => id !== null))];
    if (siteIds.length) {
      const found = new Set((await this.db.platform(Site).findBy({ id: In(siteIds) })).map((site) => site.id));
      const missing = siteIds.filter((id) => !found.has(id));
      if (missing.length) throw new BadRequestException(`站点不存在:${missing.join('、')}`);
    }
    return [...grants.values()];
  }

  async updatePlatformUser(userId: number, input: UpdatePlatformUserDto): Promise<PlatformUserView> {
    if (!(await this.users.exists(userId))) throw new NotFoundException('用户不存在');
    const fields: Partial<User> = {};
    if (input.displayName !== undefined) fields.displayName = input.displayName;
    if (input.office !== undefined) fields.office = input.office;
    if (
      fields.office === null &&
      (await this.db.crossTenant('accounts').repository(RoleGrant).existsBy({ userId, role: 'portal_reviewer' }))
    ) {
      throw new UnprocessableEntityException(
        '该账号是两办审核员(portal_reviewer),必须属于党群或政府办公室;要清除办公室,请先撤销其两办审核角色',
      );
    }
    if (Object.keys(fields).length) await this.db.platform(User).update({ id: userId }, fields);
    return this.platformUser(userId);
  }

  async grantPlatformAdmin(userId: number): Promise<PlatformUserView> {
    if (!(await this.users.exists(userId))) throw new NotFoundException('用户不存在');
    await this.users.grant(userId, null, 'platform_admin');
    return this.platformUser(userId);
  }

  /** 409 for the last active platform admin; nobody revokes their own. */
  async revokePlatformAdmin(principal: Principal, userId: number): Promise<void> {
    if (userId === principal.id) throw new BadRequestException('不能撤销自己的平台管理员角色,请由另一位平台管理员操作');
    await this.uow.run(async () => {
      const admins = await this.lockPlatformAdmins();
      if (!admins.some((admin) => admin.id === userId)) {
        if (!(await this.db.platform(User).existsBy({ id: userId }))) throw new NotFoundException('用户不存在');
        throw new NotFoundException('该用户不是平台管理员');
      }
      if (!admins.some((admin) => admin.id !== userId && !admin.disabled)) {
        throw new ConflictException('这是最后一个可用的平台管理员,不能撤销');
      }
      await this.db.crossTenant('accounts').repository(RoleGrant).delete({ userId, siteId: IsNull(), role: 'platform_admin' });
    });
  }

  /**
   * The platform admins' rows, locked in id order: whoever disables or demotes one waits for the
   * others doing the same, so two admins cannot remove each other at once.
   */
  private lockPlatformAdmins(): Promise<User[]> {
    return this.db
      .platform(User)
      .createQueryBuilder('account')
      .innerJoin(RoleGrant, 'adminGrant', 'adminGrant.userId = account.id AND adminGrant.role = :role', { role: 'platform_admin' })
      .orderBy('account.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  // ---- disabling, enabling, password resets ----

  /**
   * For actions on an account from a site's routes: it must hold a role on the site (404), and a
   * site_admin may act only on accounts whose every role is a site role on this site (403).
   */
  private async assertSiteMayManage(siteId: number, userId: number, principal: Principal, action: string): Promise<void> {
    await this.sites.find(siteId);
    const grants = await this.db.crossTenant('accounts').repository(RoleGrant).findBy({ userId });
    if (!grants.some((grant) => grant.siteId === siteId)) throw new NotFoundException('该站点没有这个用户');
    if (isPlatformAdmin(principal)) return;
    if (grants.some((grant) => grant.siteId !== siteId || !SITE_ROLES.includes(grant.role))) {
      throw new ForbiddenException(`该用户在其他站点或门户中心也有角色,只有门户中心可以${action}`);
    }
  }

  async setDisabledOnSite(siteId: number, userId: number, principal: Principal, disabled: boolean): Promise<SiteUserView> {
    await this.assertSiteMayManage(siteId, userId, principal, disabled ? '停用该账号' : '启用该账号');
    await this.applyDisabled(principal, userId, disabled);
    return this.siteUser(siteId, userId);
  }

  async resetPasswordOnSite(siteId: number, userId: number, principal: Principal): Promise<{ initialPassword: string }> {
    await this.assertSiteMayManage(siteId, userId, principal, '重置该账号的密码');
    return this.resetPassword(principal, userId);
  }

  async setDisabled(principal: Principal, userId: number, disabled: boolean): Promise<PlatformUserView> {
    await this.applyDisabled(principal, userId, disabled);
    return this.platformUser(userId);
  }

  /** Disables (ending every session at once) or enables an account; 409 for the last active platform admin. */
  private async applyDisabled(principal: Principal, userId: number, disabled: boolean): Promise<void> {
    if (disabled && userId === principal.id) throw new BadRequestException('不能停用自己的账号');
    await this.uow.run(async () => {
      const admins = disabled ? await this.lockPlatformAdmins() : [];
      const user = await this.db.platform(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('用户不存在');
      if (disabled && admins.some((admin) => admin.id === userId) && !admins.some((admin) => admin.id !== userId && !admin.disabled)) {
        throw new ConflictException('这是最后一个可用的平台管理员账号,不能停用');
      }
      await this.db.platform(User).update({ id: userId }, { disabled });
      if (disabled) await this.users.endSessions(userId);
    });
  }

  /** A new one-time password that must be changed at first login; clears the lock-out and ends every session. */
  async resetPassword(principal: Principal, userId: number): Promise<{ initialPassword: string }> {
    if (userId === principal.id) throw new BadRequestException('不能重置自己的密码,请使用修改密码功能');
    if (!(await this.users.exists(userId))) throw new NotFoundException('用户不存在');
    const initialPassword = generateInitialPassword();
    const passwordHash = await hashPassword(initialPassword);
    await this.uow.run(async () => {
      const result = await this.db
        .platform(User)
        .update({ id: userId }, { passwordHash, mustChangePassword: true, failedLogins: 0, lockedUntil: null });
      if (!result.affected) throw new NotFoundException('用户不存在');
      await this.users.endSessions(userId);
    });
    return { initialPassword };
  }

  // ---- grants ----

  /**
   * Revokes a role on a site: site roles by the site's site_admin, the portal center's roles
   * (portal_reviewer, security_reviewer) by the portal center only; the site keeps a site_admin.
   */
  async revokeGrant(siteId: number, userId: number, rawRole: string, principal: Principal): Promise<void> {
    if (!(ROLES as readonly string[]).includes(rawRole)) throw new BadRequestException(`role 只能是 ${ROLES.join(', ')}`);
    const role = rawRole as Role;
    if (role === 'platform_admin') {
      throw new BadRequestException(
        'platform_admin 是平台级角色,请在门户中心的用户管理中撤销(DELETE /platform/users/:userId/platform-admin)',
      );
    }
    if (!SITE_ROLES.includes(role) && !isPlatformAdmin(principal)) throw new ForbiddenException(`只有门户中心可以撤销 ${role} 角色`);
    await this.sites.find(siteId);
    await this.uow.run(async () => {
      const repository = this.db.crossTenant('accounts').repository(RoleGrant);
      // The site's site_admin grants are locked, so two revocations cannot leave the site without one.
      const holders = await repository.find({ where: { siteId, role }, lock: { mode: 'pessimistic_write' } });
      const grant = holders.find((holder) => holder.userId === userId);
      if (!grant) throw new NotFoundException(`该用户在此站点没有 ${role} 角色`);
      if (role === 'site_admin' && holders.length === 1) {
        throw new ConflictException('不能撤销该站点最后一个站点管理员,请先为另一位用户授予 site_admin');
      }
      await repository.delete({ id: grant.id });
    });
  }
}
