import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, type Principal } from '@zhanqun/auth';
import { ColumnsService } from '@zhanqun/content';
import { parseId, runInTenant } from '@zhanqun/shared';
import { ApproveDto, ChainDto, InboxQuery, RejectDto } from './dto/review.dto';
import { ReviewChainsService } from './review-chains.service';
import { WorkflowService } from './workflow.service';

@ApiTags('review')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewsController {
  constructor(private readonly workflow: WorkflowService) {}

  /** The tasks the caller may act on, across all sites. */
  @Get()
  inbox(@Query() query: InboxQuery, @CurrentUser() principal: Principal) {
    return this.workflow.inbox(principal, query.status ?? 'pending');
  }

  @Post(':id/approve')
  @HttpCode(200)
  approve(@Param('id') id: string, @Body() body: ApproveDto, @CurrentUser() principal: Principal) {
    return this.workflow.approve(parseId(id, '审核任务'), principal, body.comment?.trim() ?? '');
  }

  @Post(':id/reject')
  @HttpCode(200)
  reject(@Param('id') id: string, @Body() body: RejectDto, @CurrentUser() principal: Principal) {
    return this.workflow.reject(parseId(id, '审核任务'), principal, body.comment.trim());
  }
}

/** The portal center sets the default chain and may allow a shorter one per site or column. */
@ApiTags('review')
@ApiBearerAuth()
@Controller()
@PlatformAdminOnly()
export class ReviewChainsController {
  constructor(
    private readonly chains: ReviewChainsService,
    private readonly columns: ColumnsService,
  ) {}

  @Get('platform/review-chain')
  async getDefault() {
    return { steps: await this.chains.platformDefault() };
  }

  @Put('platform/review-chain')
  async setDefault(@Body() body: ChainDto) {
    await this.chains.set(null, null, body.steps);
    return { steps: body.steps };
  }

  @Get('sites/:siteId/review-chain')
  async getSite(@Param('siteId') siteId: string) {
    const id = parseSiteId(siteId);
    return { steps: await this.chains.get(id, null), effective: await this.chains.resolve(id, 0) };
  }

  @Put('sites/:siteId/review-chain')
  async setSite(@Param('siteId') siteId: string, @Body() body: ChainDto) {
    await this.chains.set(parseSiteId(siteId), null, body.steps);
    return { steps: body.steps };
  }

  @Delete('sites/:siteId/review-chain')
  @HttpCode(204)
  async clearSite(@Param('siteId') siteId: string): Promise<void> {
    await this.chains.set(parseSiteId(siteId), null, null);
  }

  @Put('sites/:siteId/columns/:columnId/review-chain')
  async setColumn(@Param('siteId') siteId: string, @Param('columnId') columnId: string, @Body() body: ChainDto) {
    const site = parseSiteId(siteId);
    const column = await runInTenant({ siteId: site }, () => this.columns.get(parseId(columnId, '栏目')));
    await this.chains.set(site, column.id, body.steps);
    return { steps: body.steps };
  }
}
