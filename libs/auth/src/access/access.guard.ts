import {
  ForbiddenException,
  HttpException,
  Inject,
  Injectable,
  Optional,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { AUDIT_SINK, parseId, type AuditSink } from '@zhanqun/shared';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { UsersService } from '../users.service';
import type { Role } from '../roles';
import { PLATFORM_ADMIN_KEY, PUBLIC_KEY, SITE_ROLES_KEY } from './decorators';
import { canActOnSite, isPlatformAdmin } from './principal';

export interface AccessTokenPayload {
  sub: number;
  username: string;
}

/** Parses a `:siteId` route parameter; anything but a positive integer is an unknown site. */
export function parseSiteId(raw: string): number {
  return parseId(raw, '站点');
}

/**
 * The one gate of every /api/v1 route: a valid access token (unless @Public), then the route's
 * role rule. Routes with `:siteId` admit only callers holding a role on that site.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly users: UsersService,
    @Optional() @Inject(AUDIT_SINK) private readonly audit?: AuditSink,
  ) {}

  /** Refusals of state-changing requests are audited too (the handler's interceptor never runs). */
  async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await this.check(context);
    } catch (error) {
      if (error instanceof HttpException) await this.audit?.recordRequest(context, error.getStatus());
      throw error;
    }
  }

  private async check(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & { principal?: unknown }>();
    const principal = await this.authenticate(request);
    request.principal = principal;

    if (this.reflector.getAllAndOverride<boolean>(PLATFORM_ADMIN_KEY, targets) && !isPlatformAdmin(principal)) {
      throw new ForbiddenException('仅平台管理员(门户中心)可执行此操作');
    }
    const rawSiteId = request.params?.siteId;
    if (typeof rawSiteId === 'string') {
      const roles = this.reflector.getAllAndOverride<Role[]>(SITE_ROLES_KEY, targets) ?? [];
      if (!canActOnSite(principal, parseSiteId(rawSiteId), roles)) {
        throw new ForbiddenException('无权访问该站点的此项功能');
      }
    }
    return true;
  }

  private async authenticate(request: Request) {
    const header = request.headers.authorization ?? '';
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedException('需要登录:缺少 Bearer 访问令牌');
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token);
    } catch {
      throw new UnauthorizedException('访问令牌无效或已过期,请重新登录');
    }
    // A token signed with our key but without a numeric subject is not one we issued.
    if (!Number.isSafeInteger(payload.sub) || payload.sub <= 0) throw new UnauthorizedException('访问令牌无效或已过期,请重新登录');
    const principal = await this.users.loadPrincipal(payload.sub);
    if (!principal) throw new UnauthorizedException('账号不存在');
    return principal;
  }
}
