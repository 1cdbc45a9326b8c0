import type { Article, ArticleStatus } from './article.entity';
import type { WordHit } from '@zhanqun/sensitive-words';

/**
 * Where `submit` sends an article: the review chain of its column or site (libs/workflow), which
 * publishes at once when the chain is empty. Bound by the app, so content does not depend on it.
 */
export interface SubmissionGateway {
  /** Whether the article's chain has steps (edits of live articles then wait for review). */
  requiresReview(article: Article): Promise<boolean>;
  /** `revision`: an edit of a live article to review; the article itself otherwise. */
  submit(article: Article, actorId: number, warnings: WordHit[], revision?: number): Promise<ArticleStatus>;
  /** The author takes a pending article back to draft. */
  withdraw(article: Article, actorId: number): Promise<ArticleStatus>;
}

export const SUBMISSION_GATEWAY = Symbol('SUBMISSION_GATEWAY');
