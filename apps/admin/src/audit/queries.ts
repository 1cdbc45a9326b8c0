import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { apiQuery, type AuditFilter } from './filter';

export const auditKeys = {
  log: (filter: AuditFilter) => ['audit-log', filter] as const,
  users: (q: string) => ['audit-log', 'users', q] as const,
};

export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.log(filter),
    queryFn: () => unwrap(api.GET('/api/v1/platform/audit-log', { params: { query: apiQuery(filter) } })),
    placeholderData: keepPreviousData,
  });
}

/** Accounts to filter by: the first matches of what was typed into the user picker. */
export function useUserChoices(q: string) {
  return useQuery({
    queryKey: auditKeys.users(q),
    queryFn: () => unwrap(api.GET('/api/v1/platform/users', { params: { query: { q: q || undefined, pageSize: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
