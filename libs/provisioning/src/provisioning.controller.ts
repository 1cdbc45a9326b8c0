import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { CreateSiteDto } from '@zhanqun/tenancy';
import { ProvisioningService } from './provisioning.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites')
export class ProvisioningController {
  constructor(private readonly provisioning: ProvisioningService) {}

  /** Opens a new sub-site (or the portal) with its skeleton, admin and domains; publishes it. */
  @Post()
  @PlatformAdminOnly()
  provision(@Body() body: CreateSiteDto) {
    return this.provisioning.provision(body);
  }
}
