import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type GovLink = components['schemas']['GovLinkResponse'];
export type GovLinkFields = components['schemas']['CreateGovLinkDto'];

export const linkKeys = { all: ['gov-links'] as const };

export function useGovLinks() {
  return useQuery({ queryKey: linkKeys.all, queryFn: () => unwrap(api.GET('/api/v1/platform/links')) });
}

/** Adds a link (no id) or changes one. */
export function useSaveGovLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: GovLinkFields & { id?: number }) =>
      id
        ? unwrap(api.PATCH('/api/v1/platform/links/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/platform/links', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linkKeys.all }),
  });
}

export function useRemoveGovLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/platform/links/{id}', { params: { path: { id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: linkKeys.all }),
  });
}
