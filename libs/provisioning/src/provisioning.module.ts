import { Module } from '@nestjs/common';
import { ContentModule } from '@zhanqun/content';
import { StandardsModule } from '@zhanqun/standards';
import { TenancyModule } from '@zhanqun/tenancy';
import { ProvisioningController } from './provisioning.controller';
import { ProvisioningService } from './provisioning.service';

@Module({
  imports: [TenancyModule, ContentModule, StandardsModule],
  controllers: [ProvisioningController],
  providers: [ProvisioningService],
  exports: [ProvisioningService],
})
export class ProvisioningModule {}
