import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AuditPruner } from './audit-pruner';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';
import { AuditService } from './audit.service';

/** In apps/api: records every state-changing request and serves the log to the portal center. */
@Module({
  controllers: [AuditController],
  providers: [AuditService, { provide: APP_INTERCEPTOR, useClass: AuditInterceptor }],
  exports: [AuditService],
})
export class AuditModule {}

/** In apps/worker: prunes the log daily. */
@Module({ providers: [AuditService, AuditPruner] })
export class AuditMaintenanceModule {}
