export * from './entities';
export * from './step-names';
export * from './review-chains.service';
export * from './workflow.service';
export * from './workflow.module';

import { ReviewChain, ReviewTask } from './entities';
export const WORKFLOW_ENTITIES = [ReviewChain, ReviewTask];
