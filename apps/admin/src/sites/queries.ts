import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

/** A site as the API shows it. */
export type Site = components['schemas']['SiteResponse'];
export type SiteKind = Site['kind'];
export type SiteFields = components['schemas']['SiteFieldsDto'];
export type NewSite = components['schemas']['CreateSiteDto'];
export type StandardsProfile = components['schemas']['StandardsProfileResponse'];
export type PublishRun = components['schemas']['PublishRunResponse'];

/** The fields of a site the shell needs. */
export type SiteSummary = Pick<Site, 'id' | 'code' | 'name' | 'kind' | 'status' | 'primaryDomain'>;

export const siteKeys = {
  all: ['sites'] as const,
  one: (siteId: number) => ['sites', siteId] as const,
};

/** The sites the user may work on: all for the portal center, else those they hold a role on. */
export function useSites() {
  return useQuery({ queryKey: siteKeys.all, queryFn: () => unwrap(api.GET('/api/v1/sites')) });
}

export function useSite(siteId: number) {
  return useQuery({
    queryKey: siteKeys.one(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}', { params: { path: { siteId } } })),
    enabled: Number.isInteger(siteId) && siteId > 0,
  });
}

/** The standards profile in force (the same cache entry the theme reads). */
export function useStandards() {
  return useQuery({
    queryKey: ['standards', 'current'],
    queryFn: () => unwrap(api.GET('/api/v1/platform/standards')),
    staleTime: 5 * 60_000,
  });
}

/** Where sites live: the platform domain and the port of their public URLs. */
export function usePlatformInfo() {
  return useQuery({
    queryKey: ['platform', 'info'],
    queryFn: () => unwrap(api.GET('/api/v1/platform/info')),
    staleTime: Infinity,
  });
}

/** After a change to a site, its own entry and the list (switcher, site list) are fresh again. */
function useSiteWritten() {
  const queryClient = useQueryClient();
  return (site: Site) => {
    queryClient.setQueryData(siteKeys.one(site.id), site);
    return queryClient.invalidateQueries({ queryKey: siteKeys.all, exact: true });
  };
}

export function useProvisionSite() {
  const written = useSiteWritten();
  return useMutation({
    mutationFn: (body: NewSite) => unwrap(api.POST('/api/v1/sites', { body })),
    onSuccess: written,
  });
}

export function useUpdateSite(siteId: number) {
  const written = useSiteWritten();
  return useMutation({
    mutationFn: (body: SiteFields) => unwrap(api.PATCH('/api/v1/sites/{siteId}', { params: { path: { siteId } }, body })),
    onSuccess: written,
  });
}

export function useSetSiteStatus(siteId: number) {
  const written = useSiteWritten();
  return useMutation({
    mutationFn: (status: 'active' | 'suspended') =>
      unwrap(
        status === 'suspended'
          ? api.POST('/api/v1/sites/{siteId}/suspend', { params: { path: { siteId } } })
          : api.POST('/api/v1/sites/{siteId}/resume', { params: { path: { siteId } } }),
      ),
    onSuccess: written,
  });
}

export function useRebuildSite(siteId: number) {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/sites/{siteId}/rebuild', { params: { path: { siteId } } })),
  });
}

/** A rebuild's progress, polled every second until it is done or failed. */
export function usePublishRun(runId: string | null) {
  return useQuery({
    queryKey: ['publish-runs', runId],
    queryFn: () => unwrap(api.GET('/api/v1/publish-runs/{runId}', { params: { path: { runId: runId! } } })),
    enabled: !!runId,
    refetchInterval: (query) => (query.state.data && ['done', 'failed'].includes(query.state.data.status) ? false : 1000),
  });
}
