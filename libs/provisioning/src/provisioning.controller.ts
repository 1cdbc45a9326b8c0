import { Body, Controller, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { ApiErrors } from '@zhanqun/shared';
import { CreateSiteDto } from '@zhanqun/tenancy';
import { ProvisionedSiteResponse } from './dto/provisioned-site.response';
import { ProvisioningService } from './provisioning.service';

@ApiTags('sites')
@ApiBearerAuth()
@Controller('sites')
export class ProvisioningController {
  constructor(private readonly provisioning: ProvisioningService) {}

  /** Opens a new sub-site (or the portal) with its skeleton, admin and domains; publishes it. */
  @Post()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Open a new site with its column skeleton, domains and admin' })
  @ApiCreatedResponse({ type: ProvisionedSiteResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  provision(@Body() body: CreateSiteDto) {
    return this.provisioning.provision(body);
  }
}
