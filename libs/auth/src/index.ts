export * from './roles';
export * from './user.entity';
export * from './role-grant.entity';
export * from './refresh-token.entity';
export * from './password';
export * from './users.service';
export * from './auth.service';
export * from './tokens.service';
export * from './auth.module';
export * from './accounts.module';
export * from './access/principal';
export * from './access/decorators';
export * from './access/access.guard';
export * from './session/session-cookies';

import { RefreshToken } from './refresh-token.entity';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';
export const AUTH_ENTITIES = [User, RoleGrant, RefreshToken];
