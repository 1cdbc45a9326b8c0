import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { parseId } from '@zhanqun/shared';
import { RatesDto, TargetDto } from './dto/syndication.dto';
import { SyndicationRatesService } from './syndication-rates.service';
import { SyndicationRulesService } from './syndication-rules.service';

/** A column's automatic submission rule (its site_admin or the platform admin sets it). */
@ApiTags('syndication')
@ApiBearerAuth()
@Controller('sites/:siteId/columns/:columnId/syndication-rule')
export class SyndicationRulesController {
  constructor(private readonly rules: SyndicationRulesService) {}

  @Get()
  get(@Param('siteId') siteId: string, @Param('columnId') columnId: string) {
    return this.rules.get(parseSiteId(siteId), parseId(columnId, '栏目'));
  }

  @Put()
  @SiteRoles('site_admin')
  set(@Param('siteId') siteId: string, @Param('columnId') columnId: string, @Body() body: TargetDto, @CurrentUser() principal: Principal) {
    return this.rules.set(parseSiteId(siteId), parseId(columnId, '栏目'), body, principal.id);
  }

  @Delete()
  @HttpCode(204)
  @SiteRoles('site_admin')
  async remove(@Param('siteId') siteId: string, @Param('columnId') columnId: string): Promise<void> {
    await this.rules.remove(parseSiteId(siteId), parseId(columnId, '栏目'));
  }
}

/** The portal center's remuneration rates; anyone signed in may read them. */
@ApiTags('syndication')
@ApiBearerAuth()
@Controller('platform/syndication-rates')
export class SyndicationRatesController {
  constructor(private readonly rates: SyndicationRatesService) {}

  @Get()
  get() {
    return this.rates.view();
  }

  @Put()
  @PlatformAdminOnly()
  set(@Body() body: RatesDto) {
    return this.rates.set(body);
  }
}
