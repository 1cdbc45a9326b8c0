import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Select, Table } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { isPlatformAdmin } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { stepLabel } from './labels';
import { usePendingReviews, useStalledReviews, type ReviewTaskSummary } from './queries';
import { ToneTag } from '../ui/ToneTag';

/** The tasks waiting for the user across all sites, oldest first, filterable by site. */
export default function ReviewInboxPage() {
  const { data, error, isPending, isFetching, refetch } = usePendingReviews();
  const { user } = useSession();
  const stalled = useStalledReviews(isPlatformAdmin(user));
  const stalledCount = stalled.data?.items.length ?? 0;
  const [params, setParams] = useSearchParams();
  const siteFilter = Number(params.get('site')) || null;
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  const tasks = data?.items ?? [];
  const sites = [...new Map(tasks.map((task) => [task.siteId, task.siteName])).entries()];
  const shown = siteFilter ? tasks.filter((task) => task.siteId === siteFilter) : tasks;

  return (
    <>
      <PageHeader
        title="审核待办"
        extra={
          <Flex gap={8}>
            <Select<number>
              aria-label="按站点筛选"
              style={{ width: 240 }}
              value={siteFilter ?? 0}
              onChange={(site) => setParams(site ? { site: String(site) } : {}, { replace: true })}
              options={[
                { value: 0, label: `全部站点(${tasks.length})` },
                ...sites.map(([id, name]) => ({ value: id, label: `${name}(${tasks.filter((task) => task.siteId === id).length})` })),
              ]}
            />
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={isFetching && !isPending}>
              刷新
            </Button>
          </Flex>
        }
      />
      {stalledCount > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`有 ${stalledCount} 篇文章停在无人可以处理的审核步骤上`}
          action={<Link to="/portal/stalled-reviews">查看并授权</Link>}
        />
      )}
      <Table<ReviewTaskSummary>
        rowKey="id"
        loading={isPending}
        dataSource={shown}
        pagination={shown.length > 20 ? { pageSize: 20, showTotal: (total) => `共 ${total} 条` } : false}
        locale={{ emptyText: siteFilter ? '这个站点没有等您审核的文章' : '没有等您审核的文章' }}
        columns={[
          {
            title: '标题',
            key: 'title',
            render: (_, task) => (
              <Flex gap={8} align="center" wrap>
                <Link to={`/reviews/${task.id}`}>{task.title}</Link>
                {task.revision !== null && <ToneTag tone="info">修改</ToneTag>}
                {task.warnings.length > 0 && (
                  <ToneTag tone="warning">含提示词 {new Set(task.warnings.map((hit) => hit.word)).size} 个</ToneTag>
                )}
              </Flex>
            ),
          },
          { title: '站点', dataIndex: 'siteName', width: 200 },
          { title: '审核环节', key: 'step', width: 220, render: (_, task) => stepLabel(task) },
          { title: '送审时间', dataIndex: 'submittedAt', width: 170, render: formatTime },
        ]}
      />
    </>
  );
}
