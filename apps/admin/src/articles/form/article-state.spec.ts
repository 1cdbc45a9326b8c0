import { articleState, type HistoryEntry } from './article-state';
import type { Article } from './form-values';

const article = (fields: Partial<Article>) => ({ id: 1, siteId: 2, status: 'draft', pendingRevision: null, ...fields }) as Article;
const entry = (action: HistoryEntry['action']): HistoryEntry => ({
  action,
  userId: 1,
  userName: '编辑',
  step: null,
  comment: '',
  at: '2027-01-01T00:00:00Z',
});

describe('articleState', () => {
  it('autosaves drafts and lets them be submitted', () => {
    expect(articleState(article({}), [entry('created')])).toMatchObject({ autosaves: true, canSubmit: true, underReview: false });
  });

  it('makes a pending article read-only until withdrawn', () => {
    expect(articleState(article({ status: 'pending' }), [entry('submitted')])).toMatchObject({
      underReview: true,
      canSubmit: false,
      canWithdraw: true,
      autosaves: false,
    });
  });

  it('tells a live article’s edit under review from a returned or unsubmitted one', () => {
    const live = article({ status: 'published', pendingRevision: 4 });
    expect(articleState(live, [entry('published'), entry('submitted')])).toMatchObject({
      liveEdit: true,
      underReview: true,
      canUnpublish: true,
    });
    expect(articleState(live, [entry('submitted'), entry('rejected')])).toMatchObject({
      returned: true,
      underReview: false,
      canSubmit: true,
    });
    expect(articleState(live, [entry('published')])).toMatchObject({ underReview: false, canSubmit: true, autosaves: false });
  });
});
