import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ForbiddenException } from '@nestjs/common';
import { canActOnSite, CurrentUser, isPlatformAdmin, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam } from '@zhanqun/shared';
import { ListPublishRunsQuery } from '../dto/publish-run.query';
import { PublishRunListResponse, PublishRunResponse, PublishRunStartedResponse } from '../dto/publish-run.response';
import { RebuildService } from './rebuild.service';

@ApiTags('publishing')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller()
export class PublishRunsController {
  constructor(private readonly rebuilds: RebuildService) {}

  @Post('sites/:siteId/rebuild')
  @HttpCode(202)
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Rebuild every page of a site' })
  @ApiIdParam('siteId', 'The site')
  @ApiAcceptedResponse({ type: PublishRunStartedResponse })
  @ApiErrors(404)
  async rebuildSite(@Param('siteId') siteId: string, @CurrentUser() principal: Principal) {
    return { runId: await this.rebuilds.request([parseSiteId(siteId)], principal.id) };
  }

  @Post('platform/rebuild')
  @HttpCode(202)
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Rebuild every page of every site' })
  @ApiAcceptedResponse({ type: PublishRunStartedResponse })
  async rebuildGroup(@CurrentUser() principal: Principal) {
    return { runId: await this.rebuilds.request(null, principal.id) };
  }

  /** The portal center's view of every rebuild, newest first (the console's 发布任务). */
  @Get('publish-runs')
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'List rebuilds, newest first' })
  @ApiOkResponse({ type: PublishRunListResponse })
  @ApiErrors(400)
  list(@Query() query: ListPublishRunsQuery) {
    return this.rebuilds.list(query);
  }

  /** Progress of a rebuild: its site's staff or the portal center may watch it. */
  @Get('publish-runs/:runId')
  @ApiOperation({ summary: 'A rebuild’s progress' })
  @ApiParam({ name: 'runId', description: 'The run', schema: { type: 'string', format: 'uuid' } })
  @ApiOkResponse({ type: PublishRunResponse })
  @ApiErrors(404)
  async get(@Param('runId') runId: string, @CurrentUser() principal: Principal) {
    const run = await this.rebuilds.get(runId);
    const allowed = run.siteId === null ? isPlatformAdmin(principal) : canActOnSite(principal, run.siteId);
    if (!allowed) throw new ForbiddenException('无权查看该发布任务');
    return run;
  }
}
