import { canActOnSite, type Principal } from '@zhanqun/auth';

/** Who decides on what is submitted to a site: its site_admin and editors (platform admins everywhere). */
const DECIDERS = ['site_admin', 'editor'] as const;

export function decidesFor(principal: Principal, siteId: number): boolean {
  return canActOnSite(principal, siteId, DECIDERS);
}

/** The sites whose submissions the caller decides on (platform admins: see isPlatformAdmin). */
export function decidedSiteIds(principal: Principal): number[] {
  const roles: readonly string[] = DECIDERS;
  return [...new Set(principal.grants.flatMap((grant) => (grant.siteId !== null && roles.includes(grant.role) ? [grant.siteId] : [])))];
}
