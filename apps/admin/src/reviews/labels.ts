import type { components } from '../api/schema';

type HistoryAction = components['schemas']['ArticleHistoryAction'];
type TaskStatus = components['schemas']['ReviewTaskStatus'];

/** What each history entry says happened, and the colour of its dot on the timeline. */
export const HISTORY_ACTIONS: Record<HistoryAction, { label: string; color: string }> = {
  created: { label: '创建', color: 'gray' },
  submitted: { label: '提交审核', color: 'blue' },
  approved: { label: '审核通过', color: 'green' },
  rejected: { label: '退回修改', color: 'red' },
  withdrawn: { label: '撤回', color: 'gray' },
  published: { label: '发布', color: 'green' },
  scheduled: { label: '定时发布', color: 'blue' },
  unpublished: { label: '下线', color: 'gray' },
};

export const TASK_STATUS: Record<TaskStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已退回',
  withdrawn: '已被作者撤回',
};

/** 「第 2/3 步 · 两办审核」 */
export function stepLabel(task: { step: number; stepCount: number; stepName: string }): string {
  return `第 ${task.step}/${task.stepCount} 步 · ${task.stepName}`;
}
