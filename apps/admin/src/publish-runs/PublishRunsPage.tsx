import { Card, Segmented, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useSites } from '../sites/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { usePublishRuns, type PublishRun, type PublishRunStatus } from './queries';
import { RebuildActions } from './RebuildActions';
import { RUN_STATUS } from './run-progress';
import { RunBar } from './RunProgress';

const PAGE_SIZE = 20;
const STATUS_FILTERS: { value: PublishRunStatus | 'all'; label: string }[] = [
  { value: 'all', label: '全部' },
  ...(Object.keys(RUN_STATUS) as PublishRunStatus[]).map((status) => ({ value: status, label: RUN_STATUS[status].label })),
];

function time(value: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '—';
}

/** 发布任务: the group's rebuilds with live progress, and buttons to start one. */
export default function PublishRunsPage() {
  const [status, setStatus] = useState<PublishRunStatus | 'all'>('all');
  const [page, setPage] = useState(1);
  const filter = { status: status === 'all' ? undefined : status, page, pageSize: PAGE_SIZE };
  const { data, error, isPending, refetch } = usePublishRuns(filter);
  const { data: sites } = useSites();
  const siteName = new Map(sites?.items.map((site) => [site.id, site.name]));

  if (error && !data) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <PageHeader title="发布任务" extra={<RebuildActions />}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          修改标准、模板或手动重建时,后台按批生成页面;进行中的任务每两秒刷新一次。
        </Typography.Paragraph>
      </PageHeader>
      <Card>
        <Space style={{ marginBottom: 16 }}>
          <span id="run-status-filter">状态</span>
          <Segmented
            aria-labelledby="run-status-filter"
            value={status}
            options={STATUS_FILTERS}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
          />
        </Space>
        {/* Scrolls sideways on a narrow screen; focusable so the keyboard can scroll it too. */}
        <div role="region" aria-label="发布任务列表" tabIndex={0} style={{ overflowX: 'auto' }}>
          <Table<PublishRun>
            rowKey="id"
            style={{ minWidth: 900 }}
            loading={isPending}
            dataSource={data?.items}
            locale={{ emptyText: '还没有发布任务' }}
            pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total, onChange: setPage, showSizeChanger: false }}
            columns={[
              { title: '开始时间', dataIndex: 'createdAt', width: 180, render: time },
              {
                title: '范围',
                dataIndex: 'siteId',
                render: (siteId: number | null) => (siteId === null ? '全部站点' : (siteName.get(siteId) ?? `站点 #${siteId}`)),
              },
              { title: '进度', key: 'progress', width: 360, render: (_, run) => <RunBar run={run} size="small" /> },
              { title: '完成时间', dataIndex: 'finishedAt', width: 180, render: time },
            ]}
          />
        </div>
      </Card>
    </>
  );
}
