import { Global, Module } from '@nestjs/common';
import { ContentModule, SUBMISSION_GATEWAY } from '@zhanqun/content';
import { ReviewChainsService } from './review-chains.service';
import { ReviewChainsController, ReviewsController } from './reviews.controller';
import { WorkflowService } from './workflow.service';

/** Review chains; binds the submission gateway that content's `submit` goes through. */
@Global()
@Module({
  imports: [ContentModule],
  controllers: [ReviewsController, ReviewChainsController],
  providers: [ReviewChainsService, WorkflowService, { provide: SUBMISSION_GATEWAY, useExisting: WorkflowService }],
  exports: [SUBMISSION_GATEWAY, ReviewChainsService],
})
export class WorkflowModule {}
