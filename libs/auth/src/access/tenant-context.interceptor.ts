import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { runInTenant } from '@zhanqun/shared';
import { Observable } from 'rxjs';
import type { Principal } from './principal';
import { parseSiteId } from './access.guard';

/** Runs handlers of `/sites/:siteId/...` routes inside that site's tenant context. */
@Injectable()
export class TenantContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ params?: Record<string, string>; principal?: Principal }>();
    const rawSiteId = request.params?.siteId;
    if (typeof rawSiteId !== 'string') return next.handle();
    const tenant = { siteId: parseSiteId(rawSiteId), userId: request.principal?.id };
    // Subscribe inside run() so the handler's whole async chain sees the context.
    return new Observable((subscriber) => runInTenant(tenant, () => next.handle().subscribe(subscriber)));
  }
}
