import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource, IsNull } from 'typeorm';
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
    private readonly dataSource: DataSource,
  ) {}

  /** A new pair; `familyId` continues a login's family, omitted it starts a new one. */
  async issue(user: { id: number; username: string }, familyId: string = randomUUID()): Promise<TokenPair> {
    const refreshToken = randomBytes(32).toString('base64url');
    await this.dataSource.getRepository(RefreshToken).insert({
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
   * Exchanges a refresh token for the next pair. A token used twice means it leaked: the whole
   * family is revoked, so both the thief and the owner must log in again.
   */
  async rotate(refreshToken: string): Promise<{ userId: number; familyId: string }> {
    const repository = this.dataSource.getRepository(RefreshToken);
    const stored = await repository.findOneBy({ tokenHash: sha256(refreshToken) });
    if (!stored) throw new UnauthorizedException('刷新令牌无效');
    if (stored.revokedAt !== null) {
      await this.revokeFamily(stored.familyId);
      throw new UnauthorizedException('刷新令牌已被使用过,为安全起见该登录已全部注销,请重新登录');
    }
    if (stored.expiresAt.getTime() < Date.now()) throw new UnauthorizedException('刷新令牌已过期,请重新登录');
    // Conditional update: of two concurrent uses of one token, only one may win.
    const result = await repository.update({ id: stored.id, revokedAt: IsNull() }, { revokedAt: new Date() });
    if (!result.affected) {
      await this.revokeFamily(stored.familyId);
      throw new UnauthorizedException('刷新令牌已被使用过,请重新登录');
    }
    return { userId: stored.userId, familyId: stored.familyId };
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource.getRepository(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async revokeAllOf(userId: number): Promise<void> {
    await this.dataSource.getRepository(RefreshToken).update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
