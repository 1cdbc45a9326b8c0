import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@zhanqun/audit';
import { AuthModule } from '@zhanqun/auth';
import { ContentModule } from '@zhanqun/content';
import { InteractionModule } from '@zhanqun/interaction';
import { LinksModule } from '@zhanqun/links';
import { CoreModule, type Infrastructure } from '@zhanqun/platform';
import { ProvisioningModule } from '@zhanqun/provisioning';
import { PublishingModule } from '@zhanqun/publishing';
import { SensitiveWordsModule } from '@zhanqun/sensitive-words';
import type { AppConfig } from '@zhanqun/shared';
import { StandardsApiModule } from '@zhanqun/standards';
import { TenancyModule } from '@zhanqun/tenancy';
import { SyndicationModule } from '@zhanqun/syndication';
import { WorkflowModule } from '@zhanqun/workflow';
import { HealthController } from './health.controller';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        CoreModule.forRoot(config, infrastructure),
        AuthModule.forRoot(config.jwtSecret),
        PublishingModule,
        StandardsApiModule,
        TenancyModule,
        ContentModule,
        ProvisioningModule,
        SensitiveWordsModule,
        AuditModule,
        WorkflowModule,
        SyndicationModule,
        LinksModule,
        InteractionModule,
      ],
      controllers: [HealthController],
    };
  }
}
