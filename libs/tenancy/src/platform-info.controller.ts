import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, ApiErrors, type AppConfig } from '@zhanqun/shared';
import { PlatformInfoResponse } from './dto/platform-info.response';

/** What the console needs to know about the deployment: the domain new sites get and the sites' port. */
@ApiTags('sites')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('platform/info')
export class PlatformInfoController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOperation({ summary: 'The platform domain and the public port of the sites' })
  @ApiOkResponse({ type: PlatformInfoResponse })
  get(): PlatformInfoResponse {
    return { platformDomain: this.config.platformDomain, publicPort: this.config.publicPort };
  }
}
