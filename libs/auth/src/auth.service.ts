import { BadRequestException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { TokensService, type TokenPair } from './tokens.service';
import { User } from './user.entity';
import { UsersService, type UserView } from './users.service';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export interface LoginResult extends TokenPair {
  user: UserView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
  ) {}

  private userWithHash(where: { username: string } | { id: number }): Promise<User | null> {
    return this.dataSource.getRepository(User).createQueryBuilder('user').addSelect('user.passwordHash').where(where).getOne();
  }

  /** 401 for wrong credentials; after 5 failures in a row the account is locked for 15 minutes (423). */
  async login(username: string, password: string): Promise<LoginResult> {
    const user = await this.userWithHash({ username });
    if (!user) throw new UnauthorizedException('用户名或密码错误');
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      throw locked(user.lockedUntil);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.recordFailure(user.id);
      const after = await this.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
      if (after.lockedUntil && after.lockedUntil.getTime() > Date.now()) throw locked(after.lockedUntil);
      throw new UnauthorizedException('用户名或密码错误');
    }
    await this.dataSource.getRepository(User).update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
    return { ...(await this.tokens.issue(user)), user: await this.users.view(user.id) };
  }

  /** One atomic update so that concurrent failures are all counted. */
  private async recordFailure(userId: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE users
          SET locked_until = IF(failed_logins + 1 >= ?, ?, locked_until),
              failed_logins = IF(failed_logins + 1 >= ?, 0, failed_logins + 1)
        WHERE id = ?`,
      [MAX_FAILED_LOGINS, new Date(Date.now() + LOCKOUT_MS), MAX_FAILED_LOGINS, userId],
    );
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { userId, familyId } = await this.tokens.rotate(refreshToken);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user) throw new UnauthorizedException('账号不存在');
    return this.tokens.issue(user, familyId);
  }

  /** Changes the password, clears the must-change flag and ends every other session. */
  async changePassword(userId: number, oldPassword: string, newPassword: string): Promise<void> {
    const user = await this.userWithHash({ id: userId });
    if (!user || !(await verifyPassword(user.passwordHash, oldPassword))) {
      throw new BadRequestException('原密码不正确');
    }
    const problem = passwordProblem(newPassword);
    if (problem) throw new BadRequestException(problem);
    if (newPassword === oldPassword) throw new BadRequestException('新密码不能与原密码相同');
    await this.dataSource
      .getRepository(User)
      .update({ id: userId }, { passwordHash: await hashPassword(newPassword), mustChangePassword: false });
    await this.tokens.revokeAllOf(userId);
  }
}

function locked(until: Date): HttpException {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000));
  return new HttpException(`登录失败次数过多,账号已锁定,请 ${minutes} 分钟后再试`, HttpStatus.LOCKED);
}
