import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { RatesDto, TargetDto } from './dto/syndication.dto';
import { SyndicationRatesResponse, SyndicationRuleResponse } from './dto/syndication.response';
import { SyndicationRatesService } from './syndication-rates.service';
import { SyndicationRulesService } from './syndication-rules.service';

/** A column's automatic submission rule (its site_admin or the platform admin sets it). */
@ApiTags('syndication')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
@ApiIdParam('columnId', 'The column')
@Controller('sites/:siteId/columns/:columnId/syndication-rule')
export class SyndicationRulesController {
  constructor(private readonly rules: SyndicationRulesService) {}

  @Get()
  @ApiOperation({ summary: 'A column’s automatic submission rule' })
  @ApiOkResponse({ type: SyndicationRuleResponse })
  get(@Param('siteId') siteId: string, @Param('columnId') columnId: string) {
    return this.rules.get(parseSiteId(siteId), parseId(columnId, '栏目'));
  }

  @Put()
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Set a column’s automatic submission rule' })
  @ApiOkResponse({ type: SyndicationRuleResponse })
  @ApiErrors(400)
  set(@Param('siteId') siteId: string, @Param('columnId') columnId: string, @Body() body: TargetDto, @CurrentUser() principal: Principal) {
    return this.rules.set(parseSiteId(siteId), parseId(columnId, '栏目'), body, principal.id);
  }

  @Delete()
  @HttpCode(204)
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Remove a column’s automatic submission rule' })
  @ApiNoContentResponse({ description: 'Removed' })
  async remove(@Param('siteId') siteId: string, @Param('columnId') columnId: string): Promise<void> {
    await this.rules.remove(parseSiteId(siteId), parseId(columnId, '栏目'));
  }
}

/** The portal center's remuneration rates; anyone signed in may read them. */
@ApiTags('syndication')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('platform/syndication-rates')
export class SyndicationRatesController {
  constructor(private readonly rates: SyndicationRatesService) {}

  @Get()
  @ApiOperation({ summary: 'The remuneration rates' })
  @ApiOkResponse({ type: SyndicationRatesResponse })
  get() {
    return this.rates.view();
  }

  @Put()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Set the remuneration rates' })
  @ApiOkResponse({ type: SyndicationRatesResponse })
  @ApiErrors(400, 403)
  set(@Body() body: RatesDto) {
    return this.rates.set(body);
  }
}
