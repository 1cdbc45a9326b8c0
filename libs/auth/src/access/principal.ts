import type { Role } from '../roles';

export interface Grant {
  siteId: number | null;
  role: Role;
}

/** The authenticated caller, loaded fresh for every request (grants may change at any time). */
export interface Principal {
  id: number;
  username: string;
  /** The office of a portal-center reviewer (党群 / 政府), if any. */
  office: 'party' | 'government' | null;
  grants: Grant[];
}

export function isPlatformAdmin(principal: Principal): boolean {
  return principal.grants.some((grant) => grant.role === 'platform_admin');
}

/** Whether the caller holds one of `roles` (any role if empty) on `siteId`; platform admins hold all. */
export function canActOnSite(principal: Principal, siteId: number, roles: readonly Role[] = []): boolean {
  if (isPlatformAdmin(principal)) return true;
  return principal.grants.some((grant) => grant.siteId === siteId && (roles.length === 0 || roles.includes(grant.role)));
}

export function siteIdsOf(principal: Principal): number[] {
  return [...new Set(principal.grants.map((grant) => grant.siteId).filter((id): id is number => id !== null))];
}
