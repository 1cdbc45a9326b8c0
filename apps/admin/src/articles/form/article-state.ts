import type { components } from '../../api/schema';
import type { Article } from './form-values';

export type HistoryEntry = components['schemas']['ArticleHistoryEntryResponse'];

/** What the editor may do with an article, from its status and its history. */
export interface ArticleState {
  /** A live article whose edit waits as a revision (the live version stays up). */
  liveEdit: boolean;
  /** Submitted and not decided: read-only until withdrawn. */
  underReview: boolean;
  /** Returned by a reviewer (the article, or a live article's edit). */
  returned: boolean;
  /** Saved to the server as typed (autosave): drafts only, never a live or scheduled article. */
  autosaves: boolean;
  canSubmit: boolean;
  canWithdraw: boolean;
  canUnpublish: boolean;
}

export function articleState(article: Article | null, history: readonly HistoryEntry[]): ArticleState {
  if (!article) {
    return {
      liveEdit: false,
      underReview: false,
      returned: false,
      autosaves: false,
      canSubmit: true,
      canWithdraw: false,
      canUnpublish: false,
    };
  }
  const liveEdit = article.status === 'published' && article.pendingRevision !== null;
  const last = history.at(-1)?.action;
  const underReview = article.status === 'pending' || (liveEdit && (last === 'submitted' || last === 'approved'));
  return {
    liveEdit,
    underReview,
    returned: article.status === 'rejected' || (liveEdit && last === 'rejected'),
    autosaves: ['draft', 'rejected', 'offline'].includes(article.status),
    canSubmit: !underReview && (['draft', 'rejected', 'offline'].includes(article.status) || article.status === 'published'),
    canWithdraw: underReview,
    canUnpublish: ['published', 'scheduled'].includes(article.status),
  };
}
