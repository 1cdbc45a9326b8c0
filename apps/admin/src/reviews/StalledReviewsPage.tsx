import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { stepLabel } from './labels';
import { useStalledReviews, type StalledReviewTask } from './queries';

/**
 * 无人可审的任务 (portal center): articles waiting on a step whose reviewers are missing, disabled,
 * lack the office of the unit's category, or wrote the article. Granting one moves them on.
 */
export default function StalledReviewsPage() {
  const { data, error, isPending, isFetching, refetch } = useStalledReviews();
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;

  return (
    <>
      <PageHeader
        title="无人可审的任务"
        extra={
          <Flex gap={16} align="center">
            <Link to="/portal/users">去用户与授权</Link>
            <Button icon={<ReloadOutlined />} onClick={() => void refetch()} loading={isFetching && !isPending}>
              刷新
            </Button>
          </Flex>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          这些文章停在一个没有任何启用账号可以处理的审核步骤上,不会自行推进。请按“缺少”一栏为对应站点或门户中心授权审核人员。
        </Typography.Paragraph>
      </PageHeader>
      <Table<StalledReviewTask>
        rowKey="id"
        loading={isPending}
        dataSource={data?.items}
        pagination={(data?.items.length ?? 0) > 20 ? { pageSize: 20, showTotal: (total) => `共 ${total} 条` } : false}
        locale={{ emptyText: '没有无人可审的任务' }}
        columns={[
          {
            title: '标题',
            key: 'title',
            render: (_, task) => <Link to={`/s/${task.siteId}/articles/${task.articleId}`}>{task.title}</Link>,
          },
          { title: '站点', dataIndex: 'siteName', width: 180 },
          { title: '审核环节', key: 'step', width: 200, render: (_, task) => stepLabel(task) },
          { title: '缺少', dataIndex: 'missing' },
          { title: '送审时间', dataIndex: 'submittedAt', width: 170, render: formatTime },
        ]}
      />
    </>
  );
}
