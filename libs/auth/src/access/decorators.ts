import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '../roles';
import type { Principal } from './principal';

export const PUBLIC_KEY = 'zq:public';
export const SITE_ROLES_KEY = 'zq:siteRoles';
export const PLATFORM_ADMIN_KEY = 'zq:platformAdmin';

/** No access token needed. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** On routes with `:siteId`: the caller needs one of these roles on that site (default: any role). */
export const SiteRoles = (...roles: Role[]) => SetMetadata(SITE_ROLES_KEY, roles);

/** Only the portal center's platform admins. */
export const PlatformAdminOnly = () => SetMetadata(PLATFORM_ADMIN_KEY, true);

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);
