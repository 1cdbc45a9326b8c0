import type { Tone } from '../ui/ToneTag';
import type { PublishRun, PublishRunStatus } from './queries';

export const RUN_STATUS: Record<PublishRunStatus, { label: string; tone: Tone }> = {
  queued: { label: '排队中', tone: 'neutral' },
  running: { label: '进行中', tone: 'info' },
  done: { label: '已完成', tone: 'success' },
  failed: { label: '有失败', tone: 'error' },
};

export function isActive(run: Pick<PublishRun, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running';
}

/** Pages handled so far (rendered or failed) as a whole percentage; a finished run is 100 %. */
export function runPercent(run: Pick<PublishRun, 'status' | 'total' | 'done' | 'failed'>): number {
  if (!isActive(run)) return 100;
  if (!run.total) return 0;
  return Math.min(99, Math.floor(((run.done + run.failed) / run.total) * 100));
}

/** What the progress bar says under it, e.g. 已生成 120 / 300 页,失败 2 页. */
export function runSummary(run: Pick<PublishRun, 'status' | 'total' | 'done' | 'failed'>): string {
  if (run.status === 'queued' && !run.total) return '排队中,正在统计要生成的页面…';
  const failed = run.failed ? `,失败 ${run.failed} 页` : '';
  return `已生成 ${run.done} / ${run.total} 页${failed}`;
}
