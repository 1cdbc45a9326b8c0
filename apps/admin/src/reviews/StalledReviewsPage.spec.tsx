import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { api } from '../api/client';
import { EditorNotices } from '../articles/form/EditorNotices';
import { articleState } from '../articles/form/article-state';
import type { Article } from '../articles/form/form-values';
import type { StalledReviewTask } from './queries';
import { STALLED_REVIEW } from './StalledReviewAlert';
import StalledReviewsPage from './StalledReviewsPage';

jest.mock('../api/client', () => ({ ...jest.requireActual('../api/client'), api: { GET: jest.fn() } }));

const TASK: StalledReviewTask = {
  id: 31,
  articleId: 12,
  siteId: 4,
  siteName: '示范县妇联',
  step: 2,
  stepCount: 3,
  stepName: '两办审核',
  title: '妇联召开执委会',
  revision: null,
  warnings: [],
  submittedAt: '2026-12-01T08:00:00.000Z',
  missing: '没有账号可以处理「两办审核」:需要门户中心负责党群类单位的两办审核员(portal_reviewer,office=party)',
};

describe('review steps nobody can take', () => {
  it('lists them for the portal center with who is missing, linking to the article', async () => {
    jest.mocked(api.GET).mockResolvedValue({ data: { items: [TASK] }, response: { ok: true, status: 200 } } as never);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <StalledReviewsPage />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(screen.getByRole('heading', { name: '无人可审的任务' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '妇联召开执委会' })).toHaveAttribute('href', '/s/4/articles/12');
    expect(screen.getByText(TASK.missing)).toBeInTheDocument();
    expect(screen.getByText('第 2/3 步 · 两办审核')).toBeInTheDocument();
    expect(api.GET).toHaveBeenCalledWith('/api/v1/reviews/stalled');
  });

  it('warns the author in the editor of an article stuck on such a step', () => {
    const article = { id: 12, status: 'pending', pendingRevision: null, reviewStalled: true } as Article;
    const notices = (stalled: boolean) => (
      <EditorNotices
        article={{ ...article, reviewStalled: stalled }}
        state={articleState(article, [])}
        rejection={undefined}
        localDraft={null}
        onRestoreLocal={() => undefined}
        onDiscardLocal={() => undefined}
      />
    );
    const { rerender } = render(notices(true));
    expect(screen.getByText(STALLED_REVIEW)).toBeInTheDocument();
    rerender(notices(false));
    expect(screen.queryByText(STALLED_REVIEW)).toBeNull();
  });
});
