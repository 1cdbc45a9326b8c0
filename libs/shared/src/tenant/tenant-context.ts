import { ForbiddenException } from '@nestjs/common';
import { currentContext, runInContext } from '../context/request-context';

/** Who is acting, and for which site. Set per request (API) and per job (worker). */
export interface TenantContext {
  siteId: number;
  userId?: number;
}

export function runInTenant<T>(context: TenantContext, work: () => T): T {
  return runInContext(context, work);
}

export function currentTenant(): TenantContext | undefined {
  const context = currentContext();
  return context?.siteId === undefined ? undefined : { siteId: context.siteId, userId: context.userId };
}

/**
 * The site of the current request or job. Repositories of tenant data call this so that an
 * unscoped query is a programming error, never a silent cross-tenant read.
 */
export function requireTenant(siteId?: number): TenantContext {
  const context = currentTenant();
  if (!context) throw new Error('Tenant context missing: tenant data accessed outside runInTenant()');
  if (siteId !== undefined && context.siteId !== siteId) {
    throw new ForbiddenException('无权访问其他站点的数据');
  }
  return context;
}
