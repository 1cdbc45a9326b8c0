import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { isActive } from './run-progress';

export type PublishRun = components['schemas']['PublishRunResponse'];
export type PublishRunStatus = components['schemas']['PublishRunStatus'];

export interface RunFilter {
  status?: PublishRunStatus;
  page: number;
  pageSize: number;
}

export const runKeys = {
  all: ['publish-runs'] as const,
  list: (filter: RunFilter) => ['publish-runs', 'list', filter] as const,
  one: (runId: string) => ['publish-runs', runId] as const,
};

const POLL_MS = 1000;

/** A run's progress, polled while it is queued or running. */
export function usePublishRun(runId: string) {
  return useQuery({
    queryKey: runKeys.one(runId),
    queryFn: () => unwrap(api.GET('/api/v1/publish-runs/{runId}', { params: { path: { runId } } })),
    refetchInterval: (query) => (query.state.data && !isActive(query.state.data) ? false : POLL_MS),
    staleTime: 0,
  });
}

/** The portal center's list of runs, polled while one of them is still going. */
export function usePublishRuns(filter: RunFilter) {
  return useQuery({
    queryKey: runKeys.list(filter),
    queryFn: () => unwrap(api.GET('/api/v1/publish-runs', { params: { query: filter } })),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => (query.state.data?.items.some(isActive) ? POLL_MS * 2 : false),
  });
}

/** Starts a rebuild of one site (siteId) or of the whole group (null). */
export function useStartRebuild() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (siteId: number | null) =>
      siteId === null
        ? unwrap(api.POST('/api/v1/platform/rebuild'))
        : unwrap(api.POST('/api/v1/sites/{siteId}/rebuild', { params: { path: { siteId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: runKeys.all }),
  });
}
