import { ConflictException, Injectable, NotFoundException, UnauthorizedException, UnprocessableEntityException } from '@nestjs/common';
import { Database, UnitOfWork } from '@zhanqun/shared';
import { IsNull } from 'typeorm';
import type { Principal } from './access/principal';
import { generateInitialPassword, hashPassword } from './password';
import { RefreshToken } from './refresh-token.entity';
import { RoleGrant } from './role-grant.entity';
import type { Role } from './roles';
import { User } from './user.entity';

/** The `user` object of the v1 API (login, me; see the OpenAPI document). */
export interface UserView {
  id: number;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
  office: 'party' | 'government' | null;
  roles: { siteId: number | null; role: Role }[];
}

export interface NewUser {
  username: string;
  displayName: string;
  office?: 'party' | 'government' | null;
  /** Omit to generate a one-time password that must be changed at first login. */
  password?: string;
}

/**
 * A 两办 reviewer reviews the sites of one office (党群 or 政府, the site's category): without one
 * it would reach no task, and submissions would wait for a step nobody can take.
 */
export const REVIEWER_NEEDS_OFFICE = '两办审核员(portal_reviewer)必须属于党群或政府办公室:请先为该账号设置审核办公室(office)';

/** What a disabled account hears at login, at refresh and on any request (always 401: its session is over). */
export const ACCOUNT_DISABLED = '账号已停用,请联系本站管理员或门户中心';

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  private get users() {
    return this.db.platform(User);
  }

  /** Grants of every site (and the platform's, site null): an account's roles span sites. */
  private get grants() {
    return this.db.crossTenant('accounts').repository(RoleGrant);
  }

  /**
   * The caller of a request, from the one user row and grants already read for every request;
   * null for an unknown account. A disabled account is refused here (401), so its access tokens
   * stop working at once.
   */
  async loadPrincipal(userId: number): Promise<Principal | null> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) return null;
    if (user.disabled) throw new UnauthorizedException(ACCOUNT_DISABLED);
    const grants = await this.grants.findBy({ userId });
    return { id: user.id, username: user.username, office: user.office, grants: grants.map(({ siteId, role }) => ({ siteId, role })) };
  }

  async view(userId: number): Promise<UserView> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw new NotFoundException('用户不存在');
    const grants = await this.grants.find({ where: { userId }, order: { id: 'ASC' } });
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      mustChangePassword: user.mustChangePassword,
      office: user.office,
      roles: grants.map(({ siteId, role }) => ({ siteId, role })),
    };
  }

  /** Creates an account; `initialPassword` is returned once and never stored in clear. */
  async create(input: NewUser): Promise<{ user: User; initialPassword: string }> {
    const repository = this.users;
    if (await repository.existsBy({ username: input.username })) {
      throw new ConflictException(`用户名 ${input.username} 已被使用`);
    }
    const initialPassword = input.password ?? generateInitialPassword();
    const user = await repository.save(
      repository.create({
        username: input.username,
        displayName: input.displayName,
        office: input.office ?? null,
        passwordHash: await hashPassword(initialPassword),
        mustChangePassword: input.password === undefined,
      }),
    );
    return { user, initialPassword };
  }

  /** Revokes every refresh token of the account (its access tokens end with the account's state). */
  async endSessions(userId: number): Promise<void> {
    await this.db.platform(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async exists(userId: number): Promise<boolean> {
    return this.users.existsBy({ id: userId });
  }

  /** Grants a role; granting one the user already holds is a no-op. 422 for a 两办 reviewer without an office. */
  async grant(userId: number, siteId: number | null, role: Role): Promise<void> {
    if (role === 'portal_reviewer') {
      const user = await this.users.findOne({ where: { id: userId }, select: { id: true, office: true } });
      if (user && !user.office) throw new UnprocessableEntityException(REVIEWER_NEEDS_OFFICE);
    }
    await this.grants.createQueryBuilder().insert().values({ userId, siteId, role }).orIgnore().execute();
  }

  /** Creates the first platform admin from ADMIN_USERNAME / ADMIN_PASSWORD; returns the password if it was generated. */
  ensurePlatformAdmin(username: string, password?: string): Promise<{ created: boolean; password?: string }> {
    return this.uow.run(async () => {
      const existing = await this.users.findOneBy({ username });
      if (existing) {
        // Only while the platform has no admin at all: an account a unit created under a later
        // ADMIN_USERNAME must not be promoted by a restart.
        if (!(await this.grants.existsBy({ role: 'platform_admin' }))) {
          await this.grant(existing.id, null, 'platform_admin');
        }
        return { created: false };
      }
      const { user, initialPassword } = await this.create({ username, displayName: '平台管理员', password });
      await this.grant(user.id, null, 'platform_admin');
      return { created: true, password: password ? undefined : initialPassword };
    });
  }
}
