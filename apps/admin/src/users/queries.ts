import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { Role } from '../auth/session';

export type PlatformUser = components['schemas']['PlatformUserView'];
export type SiteUser = components['schemas']['SiteUserView'];
export type Office = NonNullable<PlatformUser['office']>;
export type NewPlatformUser = components['schemas']['CreatePlatformUserDto'];
export type NewSiteUser = components['schemas']['CreateSiteUserDto'];

/** Whose accounts a screen administers: the whole group (the portal center) or one site's. */
export type UserScope = { siteId: number } | 'platform';

export interface UserFilter {
  q?: string;
  role?: Role;
  siteId?: number;
  page: number;
  pageSize: number;
}

export const userKeys = {
  all: ['users'] as const,
  platform: (filter: UserFilter) => ['users', 'platform', filter] as const,
  site: (siteId: number, filter: UserFilter) => ['users', 'site', siteId, filter] as const,
};

export function usePlatformUsers(filter: UserFilter) {
  return useQuery({
    queryKey: userKeys.platform(filter),
    queryFn: () => unwrap(api.GET('/api/v1/platform/users', { params: { query: filter } })),
    placeholderData: keepPreviousData,
  });
}

export function useSiteUsers(siteId: number, filter: UserFilter) {
  return useQuery({
    queryKey: userKeys.site(siteId, filter),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sites/{siteId}/users', {
          params: { path: { siteId }, query: { q: filter.q, page: filter.page, pageSize: filter.pageSize } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

/** A change to accounts: every loaded user list may show it. */
function useUsersChange<Input, Output>(change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

export const useCreatePlatformUser = () => useUsersChange((body: NewPlatformUser) => unwrap(api.POST('/api/v1/platform/users', { body })));

export const useCreateSiteUser = (siteId: number) =>
  useUsersChange((body: NewSiteUser) => unwrap(api.POST('/api/v1/sites/{siteId}/users', { params: { path: { siteId } }, body })));

export const useUpdatePlatformUser = () =>
  useUsersChange(({ userId, displayName, office }: { userId: number; displayName: string; office: Office | null }) =>
    unwrap(api.PATCH('/api/v1/platform/users/{userId}', { params: { path: { userId } }, body: { displayName, office } })),
  );

export type AccountAction = 'disable' | 'enable';

/** Disables or enables an account, through the site's endpoints on a site screen. */
export const useSetDisabled = (scope: UserScope) =>
  useUsersChange(async ({ userId, action }: { userId: number; action: AccountAction }): Promise<void> => {
    if (scope === 'platform') {
      const params = { path: { userId } };
      if (action === 'disable') await unwrap(api.POST('/api/v1/platform/users/{userId}/disable', { params }));
      else await unwrap(api.POST('/api/v1/platform/users/{userId}/enable', { params }));
      return;
    }
    const params = { path: { siteId: scope.siteId, userId } };
    if (action === 'disable') await unwrap(api.POST('/api/v1/sites/{siteId}/users/{userId}/disable', { params }));
    else await unwrap(api.POST('/api/v1/sites/{siteId}/users/{userId}/enable', { params }));
  });

/** Resets a password to a new one-time password (answered once). */
export const useResetPassword = (scope: UserScope) =>
  useUsersChange((userId: number) =>
    unwrap(
      scope === 'platform'
        ? api.POST('/api/v1/platform/users/{userId}/reset-password', { params: { path: { userId } } })
        : api.POST('/api/v1/sites/{siteId}/users/{userId}/reset-password', { params: { path: { siteId: scope.siteId, userId } } }),
    ),
  );

export interface Grant {
  siteId: number | null;
  role: Role;
}

/** Grants roles: platform_admin platform-wide, every other role on a site. */
export const useGrant = () =>
  useUsersChange(async ({ userId, grants }: { userId: number; grants: Grant[] }) => {
    for (const { siteId, role } of grants) {
      if (siteId === null) await unwrap(api.POST('/api/v1/platform/users/{userId}/platform-admin', { params: { path: { userId } } }));
      else await unwrap(api.POST('/api/v1/sites/{siteId}/grants', { params: { path: { siteId } }, body: { userId, role } }));
    }
  });

export const useRevoke = () =>
  useUsersChange(async ({ userId, siteId, role }: Grant & { userId: number }): Promise<void> => {
    if (siteId === null) await unwrap(api.DELETE('/api/v1/platform/users/{userId}/platform-admin', { params: { path: { userId } } }));
    else await unwrap(api.DELETE('/api/v1/sites/{siteId}/grants/{userId}/{role}', { params: { path: { siteId, userId, role } } }));
  });
