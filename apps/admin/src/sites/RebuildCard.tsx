import { Alert, App, Button, Card, Flex, Progress, Typography } from 'antd';
import { useState } from 'react';
import { useRebuildSite, usePublishRun, type PublishRun } from './queries';

function RunProgress({ run }: { run: PublishRun }) {
  const finished = run.done + run.failed;
  const percent = run.total ? Math.floor((finished / run.total) * 100) : run.status === 'done' ? 100 : 0;
  const status = run.status === 'failed' || run.failed ? 'exception' : run.status === 'done' ? 'success' : 'active';
  const text =
    run.status === 'done'
      ? `已完成:生成 ${run.done} 页${run.failed ? `,${run.failed} 页失败` : ''}`
      : run.status === 'failed'
        ? `重新生成失败(${run.done}/${run.total} 页)`
        : run.status === 'queued'
          ? '排队中…'
          : `正在生成 ${finished}/${run.total} 页`;
  return (
    <div role="status" aria-live="polite">
      <Progress percent={percent} status={status} aria-label="重新生成进度" />
      <Typography.Text type={status === 'exception' ? 'danger' : 'secondary'}>{text}</Typography.Text>
    </div>
  );
}

/** Regenerates every page of the site and follows the run until it is done. */
export function RebuildCard({ siteId }: { siteId: number }) {
  const { message } = App.useApp();
  const rebuild = useRebuildSite(siteId);
  const [runId, setRunId] = useState<string | null>(null);
  const run = usePublishRun(runId);
  const running = !!run.data && !['done', 'failed'].includes(run.data.status);

  async function start() {
    try {
      setRunId((await rebuild.mutateAsync()).runId);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '无法开始重新生成');
    }
  }

  return (
    <Card title="重新生成网站" size="small">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">重新生成本站的全部页面,用于模板或数据修复后刷新网站。</Typography.Text>
        {run.data && <RunProgress run={run.data} />}
        {run.error && <Alert type="error" showIcon title={run.error.message} />}
        <Button loading={rebuild.isPending || running} onClick={() => void start()} style={{ alignSelf: 'flex-start' }}>
          {running ? '正在重新生成' : '重新生成全部页面'}
        </Button>
      </Flex>
    </Card>
  );
}
