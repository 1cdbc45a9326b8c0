import type { Role, SessionUser } from './session';

export const ROLE_NAMES: Record<Role, string> = {
  platform_admin: '平台管理员(门户中心)',
  portal_reviewer: '两办审核',
  security_reviewer: '保密审查',
  site_admin: '站点管理员',
  editor: '编辑',
  leader: '本单位领导',
  letter_handler: '信件办理',
};

export function isPlatformAdmin(user: SessionUser | null): boolean {
  return !!user?.roles.some((grant) => grant.role === 'platform_admin');
}

/** Whether the user holds one of `roles` (any role if empty) on the site; platform admins hold all. */
export function hasSiteRole(user: SessionUser | null, siteId: number, roles: readonly Role[] = []): boolean {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  return user.roles.some((grant) => grant.siteId === siteId && (roles.length === 0 || roles.includes(grant.role)));
}

/** Whether the user holds one of `roles` anywhere (reviewers see the cross-site inbox). */
export function hasAnyRole(user: SessionUser | null, roles: readonly Role[]): boolean {
  return !!user?.roles.some((grant) => roles.includes(grant.role));
}

/** The sites the user holds roles on (all sites for platform admins come from the API). */
export function grantedSiteIds(user: SessionUser | null): number[] {
  return [...new Set((user?.roles ?? []).map((grant) => grant.siteId).filter((id): id is number => id !== null))];
}
