import { JwtService } from '@nestjs/jwt';
import type { TestStack } from '../support/stack';
import type { RoleName, World } from './world';

/** What an anonymous caller sends as `Authorization`: nothing, or a credential that must not work. */
export const ANONYMOUS_CREDENTIALS = ['none', 'empty-bearer', 'garbage', 'basic', 'expired', 'unknown-account', 'wrong-secret'] as const;
export type AnonymousCredential = (typeof ANONYMOUS_CREDENTIALS)[number];

const RENEW_AFTER_MS = 5 * 60 * 1000;

/**
 * Access tokens of the world's accounts, signed by the api's own JwtService (as a login would
 * issue them) and renewed before they expire, so a long run never signs in again: logins are
 * fuzzed like any route, and a fuzzed password reset must not lock the fuzzer out.
 */
export class Sessions {
  private readonly jwt: JwtService;
  private readonly tokens = new Map<RoleName, { token: string; at: number }>();

  constructor(
    stack: TestStack,
    private readonly world: World,
  ) {
    this.jwt = stack.api.get(JwtService);
  }

  async authorization(role: RoleName, anonymous: AnonymousCredential): Promise<string | null> {
    if (role === 'anonymous') return this.anonymous(anonymous);
    const held = this.tokens.get(role);
    if (held && Date.now() - held.at < RENEW_AFTER_MS) return `Bearer ${held.token}`;
    const account = this.world.accounts[role];
    const token = await this.jwt.signAsync({ sub: account.id, username: account.username });
    this.tokens.set(role, { token, at: Date.now() });
    return `Bearer ${token}`;
  }

  private async anonymous(credential: AnonymousCredential): Promise<string | null> {
    const editor = this.world.accounts.editor;
    switch (credential) {
      case 'none':
        return null;
      case 'empty-bearer':
        return 'Bearer ';
      case 'garbage':
        return 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x';
      case 'basic':
        return `Basic ${Buffer.from('admin:admin').toString('base64')}`;
      case 'expired':
        return `Bearer ${await this.jwt.signAsync({ sub: editor.id, username: editor.username }, { expiresIn: -60 })}`;
      case 'unknown-account':
        return `Bearer ${await this.jwt.signAsync({ sub: 4294967295, username: 'nobody' })}`;
      case 'wrong-secret':
        return `Bearer ${await this.jwt.signAsync({ sub: editor.id, username: editor.username }, { secret: 'not-the-secret' })}`;
    }
  }
}
