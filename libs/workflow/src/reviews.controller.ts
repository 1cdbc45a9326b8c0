import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { ApproveDto, ChainDto, InboxQuery, RejectDto } from './dto/review.dto';
import {
  ReviewChainResponse,
  ReviewDecisionResponse,
  ReviewInboxResponse,
  ReviewTaskDetailResponse,
  SiteReviewChainResponse,
  StalledReviewsResponse,
} from './dto/review.response';
import { ReviewTaskView } from './review-task-view';
import { ReviewChainsService } from './review-chains.service';
import { StalledTasks } from './stalled-tasks';
import { WorkflowService } from './workflow.service';

@ApiTags('review')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('reviews')
export class ReviewsController {
  constructor(
    private readonly workflow: WorkflowService,
    private readonly tasks: ReviewTaskView,
    private readonly stalledTasks: StalledTasks,
  ) {}

  /** The tasks the caller may act on, across all sites. */
  @Get()
  @ApiOperation({ summary: 'The review tasks the caller may act on, across all sites' })
  @ApiOkResponse({ type: ReviewInboxResponse })
  @ApiErrors(400)
  inbox(@Query() query: InboxQuery, @CurrentUser() principal: Principal) {
    return this.workflow.inbox(principal, query.status ?? 'pending');
  }

  /** Declared before `:id`, which would take the path otherwise. */
  @Get('stalled')
  @PlatformAdminOnly()
  @ApiOperation({
    summary: 'Pending review tasks no current account can act on (the portal center must grant a reviewer)',
    description: 'A step whose reviewers are missing, disabled, lack the office of the site’s category, or wrote the article.',
  })
  @ApiOkResponse({ type: StalledReviewsResponse })
  @ApiErrors(403)
  stalled() {
    return this.stalledTasks.list();
  }

  /** What the reviewer decides on; readable by exactly those who may act on the task. */
  @Get(':id')
  @ApiOperation({ summary: 'A review task with the article under review, its diff against the live version and its history' })
  @ApiIdParam('id', 'The review task')
  @ApiOkResponse({ type: ReviewTaskDetailResponse })
  @ApiErrors(403, 404)
  task(@Param('id') id: string, @CurrentUser() principal: Principal) {
    return this.tasks.read(parseId(id, '审核任务'), principal);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve a review step (the last one publishes)' })
  @ApiIdParam('id', 'The review task')
  @ApiOkResponse({ type: ReviewDecisionResponse })
  @ApiErrors(400, 403, 404, 409)
  approve(@Param('id') id: string, @Body() body: ApproveDto, @CurrentUser() principal: Principal) {
    return this.workflow.approve(parseId(id, '审核任务'), principal, body.comment?.trim() ?? '');
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: 'Return an article to its author, with a comment' })
  @ApiIdParam('id', 'The review task')
  @ApiOkResponse({ type: ReviewDecisionResponse })
  @ApiErrors(400, 403, 404, 409)
  reject(@Param('id') id: string, @Body() body: RejectDto, @CurrentUser() principal: Principal) {
    return this.workflow.reject(parseId(id, '审核任务'), principal, body.comment.trim());
  }
}

/** The portal center sets the default chain and may allow a shorter one per site or column. */
@ApiTags('review')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller()
@PlatformAdminOnly()
export class ReviewChainsController {
  constructor(private readonly chains: ReviewChainsService) {}

  @Get('platform/review-chain')
  @ApiOperation({ summary: 'The platform’s default review chain' })
  @ApiOkResponse({ type: ReviewChainResponse })
  async getDefault() {
    return { steps: await this.chains.platformDefault() };
  }

  @Put('platform/review-chain')
  @ApiOperation({ summary: 'Set the platform’s default review chain' })
  @ApiOkResponse({ type: ReviewChainResponse })
  @ApiErrors(400)
  async setDefault(@Body() body: ChainDto) {
    await this.chains.set(null, null, body.steps);
    return { steps: body.steps };
  }

  @Get('sites/:siteId/review-chain')
  @ApiOperation({ summary: 'A site’s review chain and the chain in force' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: SiteReviewChainResponse })
  @ApiErrors(404)
  async getSite(@Param('siteId') siteId: string) {
    const id = parseSiteId(siteId);
    return { steps: await this.chains.get(id, null), effective: await this.chains.resolve(id, 0) };
  }

  @Put('sites/:siteId/review-chain')
  @ApiOperation({ summary: 'Set a site’s own review chain' })
  @ApiIdParam('siteId', 'The site')
  @ApiOkResponse({ type: ReviewChainResponse })
  @ApiErrors(400, 404)
  async setSite(@Param('siteId') siteId: string, @Body() body: ChainDto) {
    await this.chains.set(parseSiteId(siteId), null, body.steps);
    return { steps: body.steps };
  }

  @Delete('sites/:siteId/review-chain')
  @HttpCode(204)
  @ApiOperation({ summary: 'Drop a site’s own review chain (the default applies)' })
  @ApiIdParam('siteId', 'The site')
  @ApiNoContentResponse({ description: 'Dropped' })
  @ApiErrors(404)
  async clearSite(@Param('siteId') siteId: string): Promise<void> {
    await this.chains.set(parseSiteId(siteId), null, null);
  }

  @Put('sites/:siteId/columns/:columnId/review-chain')
  @ApiOperation({ summary: 'Set a column’s own review chain' })
  @ApiIdParam('siteId', 'The site')
  @ApiIdParam('columnId', 'The column')
  @ApiOkResponse({ type: ReviewChainResponse })
  @ApiErrors(400, 404)
  async setColumn(@Param('siteId') siteId: string, @Param('columnId') columnId: string, @Body() body: ChainDto) {
    await this.chains.setForColumn(parseSiteId(siteId), parseId(columnId, '栏目'), body.steps);
    return { steps: body.steps };
  }

  @Delete('sites/:siteId/columns/:columnId/review-chain')
  @HttpCode(204)
  @ApiOperation({ summary: 'Drop a column’s own review chain (the site’s or the default applies)' })
  @ApiIdParam('siteId', 'The site')
  @ApiIdParam('columnId', 'The column')
  @ApiNoContentResponse({ description: 'Dropped' })
  @ApiErrors(404)
  async clearColumn(@Param('siteId') siteId: string, @Param('columnId') columnId: string): Promise<void> {
    await this.chains.set(parseSiteId(siteId), parseId(columnId, '栏目'), null);
  }
}
