import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AUDIT_SINK } from '@zhanqun/shared';
import { AuditPruner } from './audit-pruner';
import { AuditController } from './audit.controller';
import { AuditInterceptor, AuditRecorder } from './audit.interceptor';
import { AuditService } from './audit.service';

/** In apps/api: records every state-changing request and serves the log to the portal center. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditRecorder,
    { provide: AUDIT_SINK, useExisting: AuditRecorder },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [AuditService, AUDIT_SINK],
})
export class AuditModule {}

/** In apps/worker: prunes the log daily. */
@Module({ providers: [AuditService, AuditPruner] })
export class AuditMaintenanceModule {}
