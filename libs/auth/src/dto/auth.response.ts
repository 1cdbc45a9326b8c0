import { ApiProperty, PickType } from '@nestjs/swagger';
import { ROLES, type Role } from '../roles';

/** One role the user holds: on a site, or platform-wide (`siteId` null, platform_admin). */
export class RoleGrantResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null: platform-wide' })
  siteId: number | null;

  @ApiProperty({ enum: ROLES, enumName: 'Role' })
  role: Role;
}

/** The signed-in user (login, me). */
export class UserResponse {
  @ApiProperty({ type: 'integer' })
  id: number;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ description: 'The password is a one-time one and must be changed before anything else' })
  mustChangePassword: boolean;

  @ApiProperty({ enum: ['party', 'government'], nullable: true, description: 'office of a portal-center reviewer: 党群 or 政府' })
  office: 'party' | 'government' | null;

  @ApiProperty({ type: [RoleGrantResponse] })
  roles: RoleGrantResponse[];
}

export class TokenPairResponse {
  @ApiProperty({ description: 'JWT for `Authorization: Bearer`, valid 15 minutes' })
  accessToken: string;

  @ApiProperty({ description: 'One-time token for POST /auth/refresh, valid 30 days; each use returns a new one' })
  refreshToken: string;
}

export class LoginResponse extends TokenPairResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;
}

/** The console's browser session: the access token to keep in memory and the CSRF token bound to the refresh cookie. */
export class SessionResponse extends PickType(LoginResponse, ['accessToken', 'user'] as const) {
  @ApiProperty({ description: 'Send it back in the CSRF header with refresh and logout' })
  csrfToken: string;
}
