import { Flex, Progress, Skeleton, Typography, theme } from 'antd';
import { Link } from 'react-router';
import { formatTime } from '../ui/format';
import { usePendingReviews } from '../reviews/queries';
import { DashboardCard } from './DashboardCard';
import { useStorage, useWaitingLetters } from './queries';

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);

/** 等我审核: the review tasks of this site waiting for the user (all sites are in 审核待办). */
export function MyReviewsCard({ siteId }: { siteId: number }) {
  const { data, error, isPending } = usePendingReviews();
  const tasks = data?.items.filter((task) => task.siteId === siteId) ?? [];
  return (
    <DashboardCard
      title="等我审核"
      count={data ? tasks.length : undefined}
      loading={isPending}
      error={error}
      empty="没有等您审核的文章"
      more={{ to: `/reviews?site=${siteId}`, label: '审核待办' }}
      rows={tasks.slice(0, 5).map((task) => ({
        key: task.id,
        title: <Link to={`/reviews/${task.id}`}>{task.title}</Link>,
        meta: `${task.stepName} · 送审于 ${formatTime(task.submittedAt)}`,
      }))}
    />
  );
}

/** 待办信件: letters from citizens waiting for a reply. */
export function LettersCard({ siteId }: { siteId: number }) {
  const { data, error, isPending } = useWaitingLetters(siteId);
  return (
    <DashboardCard
      title="待办信件"
      count={data?.total}
      loading={isPending}
      error={error}
      empty="没有待办理的信件"
      more={{ to: `/s/${siteId}/letters`, label: '全部信件' }}
      rows={data?.items.map((letter) => ({
        key: letter.id,
        title: <Link to={`/s/${siteId}/letters/${letter.id}`}>{letter.subject || '(无主题)'}</Link>,
        meta: `${letter.kind === 'mailbox' ? '领导信箱' : '找错'} · 来信于 ${formatTime(letter.createdAt)}`,
      }))}
    />
  );
}

/** 存储空间: the site's uploads against its quota, in MB. */
export function StorageCard({ siteId, linkToMedia }: { siteId: number; linkToMedia: boolean }) {
  const { token } = theme.useToken();
  const { data, error } = useStorage(siteId);
  const percent = data ? Math.min(100, Math.round((data.usedBytes / Math.max(1, data.quotaBytes)) * 100)) : 0;
  return (
    <DashboardCard title="存储空间" more={linkToMedia ? { to: `/s/${siteId}/media`, label: '媒体库' } : undefined} error={error}>
      {!data ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : (
        <Flex vertical gap={4}>
          <Progress
            percent={percent}
            strokeColor={percent >= 90 ? token.colorError : token.colorPrimary}
            aria-label={`存储空间已用 ${percent}%`}
          />
          <Typography.Text type="secondary">
            已用 {mb(data.usedBytes)} MB / 共 {mb(data.quotaBytes)} MB({data.files} 个文件)
          </Typography.Text>
        </Flex>
      )}
    </DashboardCard>
  );
}
