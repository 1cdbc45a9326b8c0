import { Global, Module } from '@nestjs/common';
import { ContentModule, REVIEW_STALLS, SUBMISSION_GATEWAY } from '@zhanqun/content';
import { ReviewChainsService } from './review-chains.service';
import { ReviewChainsController, ReviewsController } from './reviews.controller';
import { ReviewTaskView } from './review-task-view';
import { SiteReviewChainsController } from './site-review-chains.controller';
import { StalledTasks } from './stalled-tasks';
import { WorkflowService } from './workflow.service';

/** Review chains; binds the submission gateway that content's `submit` goes through and the review stalls its views show. */
@Global()
@Module({
  imports: [ContentModule],
  controllers: [ReviewsController, ReviewChainsController, SiteReviewChainsController],
  providers: [
    ReviewChainsService,
    WorkflowService,
    ReviewTaskView,
    StalledTasks,
    { provide: SUBMISSION_GATEWAY, useExisting: WorkflowService },
    { provide: REVIEW_STALLS, useExisting: StalledTasks },
  ],
  exports: [SUBMISSION_GATEWAY, REVIEW_STALLS, ReviewChainsService],
})
export class WorkflowModule {}
