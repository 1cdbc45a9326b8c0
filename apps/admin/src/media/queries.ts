import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type MediaFile = components['schemas']['MediaFileResponse'];
export type MediaKind = MediaFile['kind'];
export type MediaUsage = components['schemas']['MediaUsageResponse'];

export interface MediaFilter {
  kind: MediaKind;
  page: number;
  pageSize: number;
}

export const mediaKeys = {
  site: (siteId: number) => ['media', siteId] as const,
  list: (siteId: number, filter: MediaFilter) => ['media', siteId, 'list', filter] as const,
  usage: (siteId: number) => ['media', siteId, 'usage'] as const,
};

export function useMediaList(siteId: number, filter: MediaFilter) {
  return useQuery({
    queryKey: mediaKeys.list(siteId, filter),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/media', { params: { path: { siteId }, query: filter } })),
    placeholderData: keepPreviousData,
  });
}

/** Storage used by a site and its quota. */
export function useMediaUsage(siteId: number) {
  return useQuery({
    queryKey: mediaKeys.usage(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/media-usage', { params: { path: { siteId } } })),
  });
}

/** After an upload or a deletion the lists and the quota bar are loaded again. */
export function useMediaChanged(siteId: number) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: mediaKeys.site(siteId) });
}

export function useDeleteMedia(siteId: number) {
  const changed = useMediaChanged(siteId);
  return useMutation({
    mutationFn: (id: number) => unwrap(api.DELETE('/api/v1/sites/{siteId}/media/{id}', { params: { path: { siteId, id } } })),
    onSuccess: changed,
  });
}

/** The portal center sets a site's storage quota. */
export function useSetQuota(siteId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (quotaMb: number) =>
      unwrap(api.PUT('/api/v1/sites/{siteId}/media-quota', { params: { path: { siteId } }, body: { quotaMb } })),
    onSuccess: (usage) => queryClient.setQueryData(mediaKeys.usage(siteId), usage),
  });
}
