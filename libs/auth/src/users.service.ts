import { ConflictException, Injectable, NotFoundException, UnauthorizedException } from '@nestjs/common';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
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

/** What a disabled account hears at login, at refresh and on any request (always 401: its session is over). */
export const ACCOUNT_DISABLED = '账号已停用,请联系本站管理员或门户中心';

@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The caller of a request, from the one user row and grants already read for every request;
   * null for an unknown account. A disabled account is refused here (401), so its access tokens
   * stop working at once.
   */
  async loadPrincipal(userId: number): Promise<Principal | null> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) return null;
    if (user.disabled) throw new UnauthorizedException(ACCOUNT_DISABLED);
    const grants = await this.dataSource.getRepository(RoleGrant).findBy({ userId });
    return { id: user.id, username: user.username, office: user.office, grants: grants.map(({ siteId, role }) => ({ siteId, role })) };
  }

  async view(userId: number): Promise<UserView> {
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new NotFoundException('用户不存在');
    const grants = await this.dataSource.getRepository(RoleGrant).find({ where: { userId }, order: { id: 'ASC' } });
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
  async create(input: NewUser, manager: EntityManager = this.dataSource.manager): Promise<{ user: User; initialPassword: string }> {
    const repository = manager.getRepository(User);
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
  async endSessions(userId: number, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async exists(userId: number): Promise<boolean> {
    return this.dataSource.getRepository(User).existsBy({ id: userId });
  }

  /** Grants a role; granting one the user already holds is a no-op. */
  async grant(userId: number, siteId: number | null, role: Role, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.createQueryBuilder().insert().into(RoleGrant).values({ userId, siteId, role }).orIgnore().execute();
  }

  /** Creates the first platform admin from ADMIN_USERNAME / ADMIN_PASSWORD; returns the password if it was generated. */
  async ensurePlatformAdmin(username: string, password?: string): Promise<{ created: boolean; password?: string }> {
    const existing = await this.dataSource.getRepository(User).findOneBy({ username });
    if (existing) {
      // Only while the platform has no admin at all: an account a unit created under a later
      // ADMIN_USERNAME must not be promoted by a restart.
      if (!(await this.dataSource.getRepository(RoleGrant).existsBy({ role: 'platform_admin' }))) {
        await this.grant(existing.id, null, 'platform_admin');
      }
      return { created: false };
    }
    const { user, initialPassword } = await this.create({ username, displayName: '平台管理员', password });
    await this.grant(user.id, null, 'platform_admin');
    return { created: true, password: password ? undefined : initialPassword };
  }
}
