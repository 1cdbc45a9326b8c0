/**
 * Which articles wait on a review step that no current account can take (libs/workflow): their
 * views carry `reviewStalled`, so the unit sees it and can ask the portal center. Bound by the
 * app like SUBMISSION_GATEWAY, so content does not depend on workflow.
 */
export interface ReviewStalls {
  /** Among the site's `articleIds`, those with a pending review task nobody can act on. */
  stalledAmong(siteId: number, articleIds: number[]): Promise<Set<number>>;
}

export const REVIEW_STALLS = Symbol('REVIEW_STALLS');
