import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { SyndicationStatus } from './labels';

export interface ListFilter {
  status?: SyndicationStatus;
  page: number;
  pageSize: number;
}

/** A statistics period (Beijing days, both inclusive) and optionally one submitting unit. */
export interface StatsFilter {
  from: string;
  to: string;
  siteId?: number;
}

export type AdoptInput = components['schemas']['AdoptDto'];

export const syndicationKeys = {
  all: ['syndications'] as const,
  queue: (filter: ListFilter) => ['syndications', 'queue', filter] as const,
  site: (siteId: number, filter: ListFilter) => ['syndications', 'site', siteId, filter] as const,
  stats: (filter: StatsFilter) => ['syndications', 'stats', filter] as const,
};

/** What was submitted to the sites the user decides for (platform admins: every site). */
export function useSyndicationQueue(filter: ListFilter) {
  return useQuery({
    queryKey: syndicationKeys.queue(filter),
    queryFn: () => unwrap(api.GET('/api/v1/syndications', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** What a unit submitted, with the decisions. */
export function useSiteSyndications(siteId: number, filter: ListFilter) {
  return useQuery({
    queryKey: syndicationKeys.site(siteId, filter),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/syndications', { params: { path: { siteId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useSyndicationStats(filter: StatsFilter) {
  return useQuery({
    queryKey: syndicationKeys.stats(filter),
    queryFn: () => unwrap(api.GET('/api/v1/syndications/stats', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** A decision changes the queue, the unit's list and the statistics: all are loaded again. */
function useDecision<Input, Output>(decide: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: decide,
    onSettled: () => queryClient.invalidateQueries({ queryKey: syndicationKeys.all }),
  });
}

export function useAdopt() {
  return useDecision(({ id, ...body }: AdoptInput & { id: number }) =>
    unwrap(api.POST('/api/v1/syndications/{id}/adopt', { params: { path: { id } }, body })),
  );
}

export function useDecline() {
  return useDecision(({ id, reason }: { id: number; reason: string }) =>
    unwrap(api.POST('/api/v1/syndications/{id}/decline', { params: { path: { id } }, body: { reason } })),
  );
}
