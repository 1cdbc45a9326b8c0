import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type ArticleRow = components['schemas']['ArticleListItemResponse'];
type ArticleStatus = components['schemas']['ArticleStatus'];

/** How many rows each card lists; its count is the full total. */
export const CARD_ROWS = 5;

export const dashboardKeys = {
  all: ['dashboard'] as const,
  site: (siteId: number) => ['dashboard', siteId] as const,
  articles: (siteId: number, status: ArticleStatus, mine: boolean) => ['dashboard', siteId, 'articles', status, mine] as const,
  stalled: (siteId: number) => ['dashboard', siteId, 'stalled'] as const,
  storage: (siteId: number) => ['dashboard', siteId, 'storage'] as const,
  letters: (siteId: number) => ['dashboard', siteId, 'letters'] as const,
};

/** The newest few articles of the site in one status (only the caller's with `mine`), and their total. */
export function useArticleCard(siteId: number, status: ArticleStatus, { mine = false } = {}) {
  return useQuery({
    queryKey: dashboardKeys.articles(siteId, status, mine),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sites/{siteId}/articles', {
          params: { path: { siteId }, query: { status, pageSize: CARD_ROWS, ...(mine ? { mine: 'true' as const } : {}) } },
        }),
      ),
  });
}

/** The site's articles in review whose current step nobody can take (a site has few in review). */
export function useStalledArticles(siteId: number) {
  return useQuery({
    queryKey: dashboardKeys.stalled(siteId),
    queryFn: () =>
      unwrap(api.GET('/api/v1/sites/{siteId}/articles', { params: { path: { siteId }, query: { status: 'pending', pageSize: 100 } } })),
    select: (page) => page.items.filter((article) => article.reviewStalled),
  });
}

export function useStorage(siteId: number) {
  return useQuery({
    queryKey: dashboardKeys.storage(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/media-usage', { params: { path: { siteId } } })),
  });
}

/** Letters waiting for a reply (both mailboxes). */
export function useWaitingLetters(siteId: number) {
  return useQuery({
    queryKey: dashboardKeys.letters(siteId),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sites/{siteId}/letters', { params: { path: { siteId }, query: { status: 'received', pageSize: CARD_ROWS } } }),
      ),
  });
}
