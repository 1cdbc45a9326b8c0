import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { dashboardKeys } from '../dashboard/queries';

export type Letter = components['schemas']['LetterResponse'];
export type LetterKind = Letter['kind'];
export type LetterStatus = Letter['status'];

export interface LetterFilter {
  kind: LetterKind;
  status?: LetterStatus;
  page: number;
  pageSize: number;
}

export const letterKeys = {
  all: (siteId: number) => ['letters', siteId] as const,
  list: (siteId: number, filter: Partial<LetterFilter>) => [...letterKeys.all(siteId), 'list', filter] as const,
  one: (siteId: number, letterId: number) => [...letterKeys.all(siteId), letterId] as const,
};

export function useLetters(siteId: number, filter: Partial<LetterFilter>, enabled = true) {
  return useQuery({
    queryKey: letterKeys.list(siteId, filter),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/letters', { params: { path: { siteId }, query: filter } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useLetter(siteId: number, letterId: number) {
  return useQuery({
    queryKey: letterKeys.one(siteId, letterId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/letters/{id}', { params: { path: { siteId, id: letterId } } })),
    enabled: Number.isInteger(letterId) && letterId > 0,
  });
}

/** Answers a letter once; whatever the outcome (409: answered meanwhile) the site's letters and 工作台 load again. */
export function useReplyLetter(siteId: number, letterId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reply: string; publish: boolean }) =>
      unwrap(api.POST('/api/v1/sites/{siteId}/letters/{id}/reply', { params: { path: { siteId, id: letterId } }, body })),
    onSettled: () =>
      Promise.all([letterKeys.all(siteId), dashboardKeys.site(siteId)].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
