import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { unwrapProblems } from '../templates/problems';
import type { Profile } from './profile';

/** `current` is the key app/theme.ts reads the console's colour from: a save recolours the console. */
export const standardsKeys = {
  all: ['standards'] as const,
  current: ['standards', 'current'] as const,
  versions: ['standards', 'versions'] as const,
  version: (version: number) => ['standards', 'versions', version] as const,
};

export function useCurrentStandards() {
  return useQuery({ queryKey: standardsKeys.current, queryFn: () => unwrap(api.GET('/api/v1/platform/standards')), staleTime: 0 });
}

export function useStandardsVersions() {
  return useQuery({ queryKey: standardsKeys.versions, queryFn: () => unwrap(api.GET('/api/v1/platform/standards/versions')) });
}

export function useStandardsVersion(version: number | null) {
  return useQuery({
    queryKey: standardsKeys.version(version ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/platform/standards/versions/{version}', { params: { path: { version: version! } } })),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

/** Saves the draft as the next version, if `version` (the one it was made from) is still in force. */
export function useSaveStandards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Profile & { version: number }) =>
      unwrapProblems<{ version: number; runId: string }, string>(api.PUT('/api/v1/platform/standards', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardsKeys.all }),
  });
}

export function useRollbackStandards() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(api.POST('/api/v1/platform/standards/versions/{version}/rollback', { params: { path: { version } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: standardsKeys.all }),
  });
}

/** A page of a site under the draft profile (HTML); a refusal keeps the API's problems. */
export function previewStandards(body: { siteId: number; path: string; profile: Profile }): Promise<string> {
  return unwrapProblems<string, string>(api.POST('/api/v1/platform/standards/preview', { body, parseAs: 'text' }));
}
