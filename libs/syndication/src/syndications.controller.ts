import { Body, Controller, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiFileResponse, ApiIdParam, parseId } from '@zhanqun/shared';
import { AdoptDto, DeclineDto, ListSyndicationsQuery, StatsQuery, TargetDto } from './dto/syndication.dto';
import {
  SyndicationAdoptedResponse,
  SyndicationDeclinedResponse,
  SyndicationListResponse,
  SyndicationStatsResponse,
  SyndicationSubmittedResponse,
} from './dto/syndication.response';
import { statsFileName, statsWorkbook } from './stats-workbook';
import { reportView, SyndicationStatsService } from './syndication-stats.service';
import { SyndicationsService } from './syndications.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('syndication')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller()
export class SyndicationsController {
  constructor(
    private readonly syndications: SyndicationsService,
    private readonly stats: SyndicationStatsService,
  ) {}

  /** A unit's staff submit one of its live articles to a list column of another site (the portal). */
  @Post('sites/:siteId/articles/:id/syndicate')
  @SiteRoles('site_admin', 'editor')
  @ApiOperation({ summary: 'Submit a live article to a list column of another site (the portal)' })
  @ApiIdParam('siteId', 'The site')
  @ApiIdParam('id', 'The article')
  @ApiCreatedResponse({ type: SyndicationSubmittedResponse })
  @ApiErrors(400, 404, 409)
  submit(@Param('siteId') siteId: string, @Param('id') id: string, @Body() body: TargetDto, @CurrentUser() principal: Principal) {
    return this.syndications.submit(parseSiteId(siteId), parseId(id, '文章'), body, principal.id);
  }

  /** A unit's own submissions and their outcome. */
  @Get('sites/:siteId/syndications')
  @ApiOperation({ summary: 'The site’s own submissions and their outcome' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SyndicationListResponse })
  @ApiErrors(400, 404)
  submitted(@Param('siteId') siteId: string, @Query() query: ListSyndicationsQuery) {
    return this.syndications.submittedBy(parseSiteId(siteId), query);
  }

  /** The queue of the sites the caller decides for (their site_admin / editor; platform admins: all). */
  @Get('syndications')
  @ApiOperation({ summary: 'The submissions to the sites the caller decides for' })
  @ApiOkResponse({ type: SyndicationListResponse })
  @ApiErrors(400)
  list(@Query() query: ListSyndicationsQuery, @CurrentUser() principal: Principal) {
    return this.syndications.list(principal, query);
  }

  @Get('syndications/stats')
  @ApiOperation({ summary: 'Statistics per submitting unit for a period' })
  @ApiOkResponse({ type: SyndicationStatsResponse })
  @ApiErrors(400)
  async report(@Query() query: StatsQuery, @CurrentUser() principal: Principal) {
    return reportView(await this.stats.report(principal, query));
  }

  @Get('syndications/stats.xlsx')
  @ApiOperation({ summary: 'The statistics of a period as an Excel workbook' })
  @ApiFileResponse('The statistics workbook', XLSX)
  @ApiErrors(400)
  async workbook(@Query() query: StatsQuery, @CurrentUser() principal: Principal): Promise<StreamableFile> {
    const report = await this.stats.report(principal, query);
    const content = await statsWorkbook(report);
    return new StreamableFile(content, {
      type: XLSX,
      length: content.length,
      disposition: `attachment; filename="syndication-stats.xlsx"; filename*=UTF-8''${encodeURIComponent(statsFileName(report))}`,
    });
  }

  @Post('syndications/:id/adopt')
  @HttpCode(200)
  @ApiOperation({ summary: 'Adopt a submission (publishes it on the target site)' })
  @ApiIdParam('id', 'The submission')
  @ApiOkResponse({ type: SyndicationAdoptedResponse })
  @ApiErrors(400, 404, 409)
  adopt(@Param('id') id: string, @Body() body: AdoptDto, @CurrentUser() principal: Principal) {
    return this.syndications.adopt(parseId(id, '报送信息'), body, principal);
  }

  @Post('syndications/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: 'Decline a submission, with the reason' })
  @ApiIdParam('id', 'The submission')
  @ApiOkResponse({ type: SyndicationDeclinedResponse })
  @ApiErrors(400, 404, 409)
  decline(@Param('id') id: string, @Body() body: DeclineDto, @CurrentUser() principal: Principal) {
    return this.syndications.decline(parseId(id, '报送信息'), body.reason.trim(), principal);
  }
}
