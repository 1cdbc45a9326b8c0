import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ForbiddenException } from '@nestjs/common';
import { canActOnSite, CurrentUser, isPlatformAdmin, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { RebuildService } from './rebuild.service';

@ApiTags('publishing')
@ApiBearerAuth()
@Controller()
export class PublishRunsController {
  constructor(private readonly rebuilds: RebuildService) {}

  @Post('sites/:siteId/rebuild')
  @HttpCode(202)
  @SiteRoles('site_admin')
  async rebuildSite(@Param('siteId') siteId: string, @CurrentUser() principal: Principal) {
    return { runId: await this.rebuilds.start([parseSiteId(siteId)], principal.id) };
  }

  @Post('platform/rebuild')
  @HttpCode(202)
  @PlatformAdminOnly()
  async rebuildGroup(@CurrentUser() principal: Principal) {
    return { runId: await this.rebuilds.start(null, principal.id) };
  }

  /** Progress of a rebuild: its site's staff or the portal center may watch it. */
  @Get('publish-runs/:runId')
  async get(@Param('runId') runId: string, @CurrentUser() principal: Principal) {
    const run = await this.rebuilds.get(runId);
    const allowed = run.siteId === null ? isPlatformAdmin(principal) : canActOnSite(principal, run.siteId);
    if (!allowed) throw new ForbiddenException('无权查看该发布任务');
    return run;
  }
}
