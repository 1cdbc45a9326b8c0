import type { ArticleFormValues } from '../form/form-values';

/** A copy of the editor's values kept in this browser until the server has them. */
export interface LocalDraft {
  savedAt: number;
  values: ArticleFormValues;
}

const PREFIX = 'zq:article-draft';

const keyOf = (siteId: number, articleId: number | null) => `${PREFIX}:${siteId}:${articleId ?? 'new'}`;

/**
 * Local copies of unsaved work, per site and article (`null`: the site's unsaved new article), so
 * nothing typed is lost to a closed tab, a crash or a failed save. Storage errors (quota, private
 * mode) only mean no copy: they never break the editor.
 */
export const localDrafts = {
  load(siteId: number, articleId: number | null): LocalDraft | null {
    try {
      const raw = localStorage.getItem(keyOf(siteId, articleId));
      const draft = raw ? (JSON.parse(raw) as LocalDraft) : null;
      return draft && typeof draft.savedAt === 'number' && draft.values ? draft : null;
    } catch {
      return null;
    }
  },
  save(siteId: number, articleId: number | null, values: ArticleFormValues, now = Date.now()): void {
    try {
      localStorage.setItem(keyOf(siteId, articleId), JSON.stringify({ savedAt: now, values } satisfies LocalDraft));
    } catch {
      // No room: the server copy is all there is.
    }
  },
  clear(siteId: number, articleId: number | null): void {
    try {
      localStorage.removeItem(keyOf(siteId, articleId));
    } catch {
      // Nothing to clear.
    }
  },
};
