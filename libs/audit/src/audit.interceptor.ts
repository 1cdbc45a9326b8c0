import { HttpException, Injectable, Logger, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, Observable, throwError } from 'rxjs';
import { summarizeBody, targetOf } from './audit-summary';
import { AuditService } from './audit.service';
import { SKIP_AUDIT_KEY, type AuditSink } from '@zhanqun/shared';

const CHANGES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `ArticlesController.submit` → `articles.submit`. */
function actionName(context: ExecutionContext): string {
  const controller = context.getClass().name.replace(/Controller$/, '');
  return `${controller.charAt(0).toLowerCase()}${controller.slice(1)}.${context.getHandler().name}`.slice(0, 64);
}

/**
 * Records a state-changing request — who, which site, what, on which target, a summary of the
 * change, from which IP, with what outcome. Used by the interceptor (handled requests) and by the
 * access guard through AUDIT_SINK (requests refused before any handler).
 */
@Injectable()
export class AuditRecorder implements AuditSink {
  private readonly logger = new Logger('Audit');

  constructor(
    private readonly audit: AuditService,
    private readonly reflector: Reflector,
  ) {}

  wants(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const skip = this.reflector.getAllAndOverride<boolean>(SKIP_AUDIT_KEY, [context.getHandler(), context.getClass()]);
    return CHANGES.has(request.method) && !skip;
  }

  async recordRequest(context: ExecutionContext, statusCode: number): Promise<void> {
    if (!this.wants(context)) return;
    const request = context.switchToHttp().getRequest<Request & { principal?: { id: number; username: string } }>();
    const principal = request.principal;
    const siteId = Number(request.params?.siteId);
    await this.audit
      .record({
        userId: principal?.id ?? null,
        username: principal?.username ?? String((request.body as { username?: unknown })?.username ?? '').slice(0, 64),
        siteId: Number.isInteger(siteId) && siteId > 0 && siteId <= 4294967295 ? siteId : null,
        action: actionName(context),
        target: targetOf((request.params ?? {}) as Record<string, string>),
        summary: summarizeBody(request.body),
        ip: (request.ip ?? '').slice(0, 45),
        statusCode,
      })
      .catch((error: unknown) => this.logger.error(`audit record failed: ${error}`));
  }
}

/** Records every handled state-changing request, awaited before the response leaves. */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  constructor(private readonly recorder: AuditRecorder) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.recorder.wants(context)) return next.handle();
    const write = (statusCode: number) => this.recorder.recordRequest(context, statusCode);
    return next.handle().pipe(
      mergeMap(async (value) => {
        await write(context.switchToHttp().getResponse<Response>().statusCode);
        return value;
      }),
      catchError((error: unknown) =>
        from(write(error instanceof HttpException ? error.getStatus() : 500)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }
}
