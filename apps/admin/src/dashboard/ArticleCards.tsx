import { ExportOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import { formatTime } from '../ui/format';
import { ToneTag } from '../ui/ToneTag';
import { DashboardCard } from './DashboardCard';
import { useArticleCard, type ArticleRow } from './queries';

const editorOf = (siteId: number, article: ArticleRow) => `/s/${siteId}/articles/${article.id}`;
const titleOf = (siteId: number, article: ArticleRow) => <Link to={editorOf(siteId, article)}>{article.title}</Link>;

/** 我的草稿: what the user started and has not submitted. */
export function DraftsCard({ siteId }: { siteId: number }) {
  const navigate = useNavigate();
  const { data, error, isPending } = useArticleCard(siteId, 'draft', { mine: true });
  return (
    <DashboardCard
      title="我的草稿"
      count={data?.total}
      loading={isPending}
      error={error}
      empty="没有草稿"
      more={{ to: `/s/${siteId}/articles?status=draft`, label: '全部' }}
      actions={
        <Button type="primary" size="small" onClick={() => navigate(`/s/${siteId}/articles/new`)}>
          写文章
        </Button>
      }
      rows={data?.items.map((article) => ({
        key: article.id,
        title: titleOf(siteId, article),
        meta: `最后修改 ${formatTime(article.updatedAt)}`,
      }))}
    />
  );
}

/** 退回修改: the user's articles a reviewer returned, with the reviewer's comment. */
export function ReturnedCard({ siteId }: { siteId: number }) {
  const { data, error, isPending } = useArticleCard(siteId, 'rejected', { mine: true });
  return (
    <DashboardCard
      title="退回修改"
      count={data?.total}
      loading={isPending}
      error={error}
      empty="没有被退回的文章"
      more={{ to: `/s/${siteId}/articles?status=rejected`, label: '全部' }}
      rows={data?.items.map((article) => ({
        key: article.id,
        title: titleOf(siteId, article),
        meta: article.lastRejection && (
          <>
            <Typography.Text type="danger" style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>
              退回意见:{article.lastRejection.comment}
            </Typography.Text>
            <br />
            {article.lastRejection.userName ?? '审核人'}
            {article.lastRejection.step !== null && `(第 ${article.lastRejection.step} 步)`} · {formatTime(article.lastRejection.at)}
          </>
        ),
        extra: (
          <Link to={editorOf(siteId, article)} aria-label={`修改「${article.title}」`}>
            去修改
          </Link>
        ),
      }))}
    />
  );
}

/** 审核中: the site's articles somewhere in the review chain. */
export function PendingArticlesCard({ siteId }: { siteId: number }) {
  const { data, error, isPending } = useArticleCard(siteId, 'pending');
  return (
    <DashboardCard
      title="本站审核中"
      count={data?.total}
      loading={isPending}
      error={error}
      empty="没有审核中的文章"
      more={{ to: `/s/${siteId}/articles?status=pending`, label: '全部' }}
      rows={data?.items.map((article) => ({
        key: article.id,
        title: titleOf(siteId, article),
        meta: `提交于 ${formatTime(article.updatedAt)}`,
        extra: article.reviewStalled && <ToneTag tone="error">无人可审</ToneTag>,
      }))}
    />
  );
}

/** 最近发布: the newest live articles with their pages on the site. */
export function PublishedCard({ siteId }: { siteId: number }) {
  const { data, error, isPending } = useArticleCard(siteId, 'published');
  return (
    <DashboardCard
      title="最近发布"
      count={data?.total}
      loading={isPending}
      error={error}
      empty="还没有发布的文章"
      more={{ to: `/s/${siteId}/articles?status=published`, label: '全部' }}
      rows={data?.items.map((article) => ({
        key: article.id,
        title: titleOf(siteId, article),
        meta: `发布于 ${formatTime(article.publishedAt)}`,
        extra: article.url && (
          <a href={article.url} target="_blank" rel="noreferrer" aria-label={`在网站上查看「${article.title}」`}>
            查看 <ExportOutlined />
          </a>
        ),
      }))}
    />
  );
}
