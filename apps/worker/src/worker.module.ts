import { Module, type DynamicModule } from '@nestjs/common';
import { AuditMaintenanceModule } from '@zhanqun/audit';
import { CoreModule, type Infrastructure } from '@zhanqun/platform';
import { PublishingModule, PublishingWorkerModule } from '@zhanqun/publishing';
import { SyndicationModule } from '@zhanqun/syndication';
import { WorkflowModule } from '@zhanqun/workflow';
import type { AppConfig } from '@zhanqun/shared';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        CoreModule.forRoot(config, infrastructure),
        PublishingModule,
        WorkflowModule,
        SyndicationModule,
        PublishingWorkerModule,
        AuditMaintenanceModule,
      ],
    };
  }
}
