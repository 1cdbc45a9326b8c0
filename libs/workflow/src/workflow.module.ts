import { Global, Module } from '@nestjs/common';
import { ContentModule, SUBMISSION_GATEWAY } from '@zhanqun/content';
import { ReviewChainsService } from './review-chains.service';
import { ReviewChainsController, ReviewsController } from './reviews.controller';
import { ReviewTaskView } from './review-task-view';
import { SiteReviewChainsController } from './site-review-chains.controller';
import { WorkflowService } from './workflow.service';

/** Review chains; binds the submission gateway that content's `submit` goes through. */
@Global()
@Module({
  imports: [ContentModule],
  controllers: [ReviewsController, ReviewChainsController, SiteReviewChainsController],
  providers: [ReviewChainsService, WorkflowService, ReviewTaskView, { provide: SUBMISSION_GATEWAY, useExisting: WorkflowService }],
  exports: [SUBMISSION_GATEWAY, ReviewChainsService],
})
export class WorkflowModule {}
