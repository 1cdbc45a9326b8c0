import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Database, UnitOfWork } from '@zhanqun/shared';
import { IsNull } from 'typeorm';
import { RefreshToken } from './refresh-token.entity';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600 * 1000;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Access tokens (JWT, 15 minutes) and rotating refresh tokens with reuse detection. */
@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    private readonly db: Database,
    private readonly uow: UnitOfWork,
  ) {}

  private get tokens() {
    return this.db.platform(RefreshToken);
  }

  /** A new pair, starting a new family (a login). */
  issue(user: { id: number; username: string }): Promise<TokenPair> {
    return this.pair(user, randomUUID());
  }

  private async pair(user: { id: number; username: string }, familyId: string): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.tokens.insert({
      userId: user.id,
      familyId,
      tokenHash: sha256(refreshToken),
      expiresAt: new Date(Date.now() + REFRESH_TOKEN_TTL_MS),
      revokedAt: null,
    });
    const accessToken = await this.jwt.signAsync({ sub: user.id, username: user.username });
    return { accessToken, refreshToken };
  }

  /**
   * Exchanges a refresh token for the next pair of its family. A token used twice means it
   * leaked: the whole family is revoked, so both the thief and the owner must log in again. The
   * token's row stays locked until the next pair is stored, so a second use waiting on it sees
   * that pair and revokes it too. `userOf` may refuse the token's account with a message (e.g. a
   * disabled one), which is answered before anything else about the token.
   */
  async rotate(
    refreshToken: string,
    userOf: (userId: number) => Promise<{ id: number; username: string } | string | null>,
  ): Promise<TokenPair & { userId: number }> {
    // Refusals leave the unit of work as values: throwing inside would roll the family's revocation back.
    const outcome = await this.uow.run(async (): Promise<(TokenPair & { userId: number }) | string> => {
      const stored = await this.tokens
        .createQueryBuilder('token')
        .where('token.tokenHash = :hash', { hash: sha256(refreshToken) })
        .setLock('pessimistic_write')
        .getOne();
      if (!stored) return '刷新令牌无效';
      const user = await userOf(stored.userId);
      if (!user) return '账号不存在';
      if (typeof user === 'string') return user;
      if (stored.revokedAt !== null) {
        await this.tokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
        return '刷新令牌已被使用过,为安全起见该登录已全部注销,请重新登录';
      }
      if (stored.expiresAt.getTime() < Date.now()) return '刷新令牌已过期,请重新登录';
      await this.tokens.update({ id: stored.id }, { revokedAt: new Date() });
      return { ...(await this.pair(user, stored.familyId)), userId: user.id };
    });
    if (typeof outcome === 'string') throw new UnauthorizedException(outcome);
    return outcome;
  }

  /**
   * Ends the session a refresh token belongs to (its whole family) or, with `everywhere`, every
   * session of its owner. An unknown or already revoked token ends nothing.
   */
  async revoke(refreshToken: string, everywhere: boolean): Promise<void> {
    const stored = await this.tokens.findOneBy({ tokenHash: sha256(refreshToken), revokedAt: IsNull() });
    if (!stored) return;
    if (everywhere) return this.revokeAllOf(stored.userId);
    await this.tokens.update({ familyId: stored.familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: number): Promise<void> {
    await this.tokens.update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
