import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { ReviewRole } from './steps';

export const chainKeys = {
  all: ['review-chains'] as const,
  platform: ['review-chains', 'platform'] as const,
  site: (siteId: number) => ['review-chains', 'site', siteId] as const,
};

export function usePlatformChain() {
  return useQuery({ queryKey: chainKeys.platform, queryFn: () => unwrap(api.GET('/api/v1/platform/review-chain')) });
}

/** Every chain in force on a site: the platform default, the site's own and its columns' own. */
export function useSiteChains(siteId: number | null) {
  return useQuery({
    queryKey: chainKeys.site(siteId ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/review-chains', { params: { path: { siteId: siteId! } } })),
    enabled: !!siteId,
  });
}

/** A change to any chain: every loaded chain may depend on it (the default shows through overrides). */
function useChainChange<Input>(change: (input: Input) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chainKeys.all }),
  });
}

export const useSetPlatformChain = () =>
  useChainChange((steps: ReviewRole[]) => unwrap(api.PUT('/api/v1/platform/review-chain', { body: { steps } })));

/** Sets a site's (columnId null) or a column's chain; `steps: null` drops the override. */
export const useSetChain = (siteId: number) =>
  useChainChange(({ columnId, steps }: { columnId: number | null; steps: ReviewRole[] | null }) => {
    if (columnId === null) {
      const path = { siteId };
      return unwrap(
        steps
          ? api.PUT('/api/v1/sites/{siteId}/review-chain', { params: { path }, body: { steps } })
          : api.DELETE('/api/v1/sites/{siteId}/review-chain', { params: { path } }),
      );
    }
    const path = { siteId, columnId };
    return unwrap(
      steps
        ? api.PUT('/api/v1/sites/{siteId}/columns/{columnId}/review-chain', { params: { path }, body: { steps } })
        : api.DELETE('/api/v1/sites/{siteId}/columns/{columnId}/review-chain', { params: { path } }),
    );
  });
