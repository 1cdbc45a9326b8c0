import { Alert, Flex, Progress, Skeleton, Typography } from 'antd';
import { ToneTag } from '../ui/ToneTag';
import { useEffect, useRef } from 'react';
import { usePublishRun, type PublishRun } from './queries';
import { isActive, RUN_STATUS, runPercent, runSummary } from './run-progress';

interface Props {
  runId: string;
  /** The bar's accessible name. */
  label?: string;
  /** Called once when the run ends (done or failed). */
  onSettled?: (run: PublishRun) => void;
}

/** A rebuild's progress bar, polled until every page is rendered or failed. */
export function RunProgress({ runId, label, onSettled }: Props) {
  const { data: run, error } = usePublishRun(runId);
  const settled = useRef(false);
  const finished = run !== undefined && !isActive(run);

  useEffect(() => {
    if (finished && !settled.current) {
      settled.current = true;
      onSettled?.(run);
    }
  }, [finished, run, onSettled]);

  if (error) return <Alert type="error" showIcon title="无法读取发布进度" description={error.message} />;
  if (!run) return <Skeleton.Input active block size="small" />;
  return (
    <div aria-live="polite">
      <RunBar run={run} label={label} />
    </div>
  );
}

/** The bar of a run as it is now: percentage, status and pages done/failed. */
export function RunBar({ run, label = '重建进度', size }: { run: PublishRun; label?: string; size?: 'small' }) {
  const status = RUN_STATUS[run.status];
  return (
    <>
      <Progress
        aria-label={label}
        size={size}
        percent={runPercent(run)}
        status={run.status === 'failed' ? 'exception' : run.status === 'done' ? 'success' : 'active'}
      />
      <Flex gap={8} align="center">
        <ToneTag tone={status.tone}>{status.label}</ToneTag>
        <Typography.Text type="secondary">{runSummary(run)}</Typography.Text>
      </Flex>
    </>
  );
}
