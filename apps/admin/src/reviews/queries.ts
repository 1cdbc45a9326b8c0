import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { dashboardKeys } from '../dashboard/queries';

export type ReviewTaskSummary = components['schemas']['ReviewTaskResponse'];
export type ReviewTaskDetail = components['schemas']['ReviewTaskDetailResponse'];
export type StalledReviewTask = components['schemas']['StalledReviewTaskResponse'];
export type ReviewDecision = 'approve' | 'reject';

export const reviewKeys = {
  all: ['reviews'] as const,
  pending: ['reviews', 'pending'] as const,
  stalled: ['reviews', 'stalled'] as const,
  task: (taskId: number) => ['reviews', 'task', taskId] as const,
};

/** The review tasks the user may act on, across all sites (the header shows their count). */
export function usePendingReviews(enabled = true) {
  return useQuery({
    queryKey: reviewKeys.pending,
    queryFn: () => unwrap(api.GET('/api/v1/reviews', { params: { query: { status: 'pending' } } })),
    enabled,
    refetchInterval: 60_000,
  });
}

/** The portal center's view: pending tasks no current account may act on, with who is missing. */
export function useStalledReviews(enabled = true) {
  return useQuery({
    queryKey: reviewKeys.stalled,
    queryFn: () => unwrap(api.GET('/api/v1/reviews/stalled')),
    enabled,
    refetchInterval: 60_000,
  });
}

/** One task with the article under review, its diff against the live version and its history. */
export function useReviewTask(taskId: number) {
  return useQuery({
    queryKey: reviewKeys.task(taskId),
    queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id: taskId } } })),
    enabled: Number.isInteger(taskId) && taskId > 0,
  });
}

/**
 * 通过 or 退回. Whatever the outcome (a 409 means someone else decided first), the inbox, the
 * task and the site's article lists are loaded again.
 */
export function useReviewDecision(taskId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ decision, comment }: { decision: ReviewDecision; comment: string }) => {
      const params = { path: { id: taskId } };
      return decision === 'approve'
        ? unwrap(api.POST('/api/v1/reviews/{id}/approve', { params, body: { comment } }))
        : unwrap(api.POST('/api/v1/reviews/{id}/reject', { params, body: { comment } }));
    },
    onSettled: async () => {
      await Promise.all([reviewKeys.all, dashboardKeys.all, ['articles']].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
