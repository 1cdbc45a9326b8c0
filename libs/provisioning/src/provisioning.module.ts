import { Module } from '@nestjs/common';
import { StandardsModule } from '@zhanqun/standards';
import { TenancyModule } from '@zhanqun/tenancy';
import { ProvisioningController } from './provisioning.controller';
import { ProvisioningService } from './provisioning.service';

@Module({
  imports: [TenancyModule, StandardsModule],
  controllers: [ProvisioningController],
  providers: [ProvisioningService],
  exports: [ProvisioningService],
})
export class ProvisioningModule {}
