import { BadRequestException, HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import { Database, UnitOfWork } from '@zhanqun/shared';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { TokensService, type TokenPair } from './tokens.service';
import { User } from './user.entity';
import { ACCOUNT_DISABLED, UsersService, type UserView } from './users.service';

export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

let dummyHash: Promise<string> | null = null;
/** A real hash to check unknown usernames against, so they take as long as known ones. */
function unknownUserHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-password-of-anyone');
  return dummyHash;
}

export interface LoginResult extends TokenPair {
  user: UserView;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
    private readonly tokens: TokensService,
  ) {}

  private get accounts() {
    return this.db.platform(User);
  }

  /**
   * 401 for wrong credentials; after 5 failures in a row the account is locked for 15 minutes
   * (423). Attempts on one account run one at a time (its row is locked while the password is
   * checked), so parallel guesses cannot all slip past the lock-out. A disabled account is told
   * so (401) only after its password is right.
   */
  async login(username: string, password: string): Promise<LoginResult> {
    const userId = await this.checkPassword({ username }, password, new UnauthorizedException('用户名或密码错误'));
    const user = await this.accounts.findOneByOrFail({ id: userId });
    if (user.disabled) throw new UnauthorizedException(ACCOUNT_DISABLED);
    return { ...(await this.tokens.issue(user)), user: await this.users.view(userId) };
  }

  /**
   * Checks a password under the account's lock-out and returns the account's id; `wrong` is what
   * a wrong password (or an unknown account, which costs the same time) answers.
   */
  private async checkPassword(where: { username: string } | { id: number }, password: string, wrong: HttpException): Promise<number> {
    // The outcome leaves the unit of work as a value: throwing inside would roll the failure count back.
    const outcome = await this.uow.run(async (): Promise<{ userId: number } | { lockedUntil: Date } | null> => {
      const user = await this.accounts
        .createQueryBuilder('user')
        .addSelect('user.passwordHash')
        .where(where)
        .setLock('pessimistic_write')
        .getOne();
      if (!user) {
        await verifyPassword(await unknownUserHash(), password); // no faster answer for a name that does not exist
        return null;
      }
      if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) return { lockedUntil: user.lockedUntil };
      if (await verifyPassword(user.passwordHash, password)) {
        await this.accounts.update({ id: user.id }, { failedLogins: 0, lockedUntil: null });
        return { userId: user.id };
      }
      const failures = user.failedLogins + 1;
      const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(Date.now() + LOCKOUT_MS) : null;
      await this.accounts.update({ id: user.id }, { failedLogins: lockedUntil ? 0 : failures, lockedUntil });
      return lockedUntil ? { lockedUntil } : null;
    });
    if (outcome === null) throw wrong;
    if ('lockedUntil' in outcome) throw locked(outcome.lockedUntil);
    return outcome.userId;
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { accessToken, refreshToken: next } = await this.refreshSession(refreshToken);
    return { accessToken, refreshToken: next };
  }

  /** The next pair of a refresh token's family, with the account it belongs to (the console's session). */
  async refreshSession(refreshToken: string): Promise<LoginResult> {
    const { userId, ...pair } = await this.tokens.rotate(refreshToken, async (id) => {
      const user = await this.accounts.findOneBy({ id });
      return user?.disabled ? ACCOUNT_DISABLED : user;
    });
    return { ...pair, user: await this.users.view(userId) };
  }

  logout(refreshToken: string, everywhere: boolean): Promise<void> {
    return this.tokens.revoke(refreshToken, everywhere);
  }

  /** Changes the password, clears the must-change flag and ends every other session. */
  async changePassword(userId: number, oldPassword: string, newPassword: string): Promise<void> {
    // Guesses at the old password count towards the same lock-out as logins.
    await this.checkPassword({ id: userId }, oldPassword, new BadRequestException('原密码不正确'));
    const problem = passwordProblem(newPassword);
    if (problem) throw new BadRequestException(problem);
    if (newPassword === oldPassword) throw new BadRequestException('新密码不能与原密码相同');
    const passwordHash = await hashPassword(newPassword);
    await this.uow.run(async () => {
      await this.accounts.update({ id: userId }, { passwordHash, mustChangePassword: false });
      await this.tokens.revokeAllOf(userId);
    });
  }
}

function locked(until: Date): HttpException {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60000));
  return new HttpException(`登录失败次数过多,账号已锁定,请 ${minutes} 分钟后再试`, HttpStatus.LOCKED);
}
