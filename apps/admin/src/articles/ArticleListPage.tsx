import { FileWordOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Upload } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCurrentSite } from '../app/SiteScope';
import { hasSiteRole } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { StalledReviewAlert } from '../reviews/StalledReviewAlert';
import { PageHeader } from '../ui/PageHeader';
import { columnsById } from './columns';
import { STATUS_LABELS } from './labels';
import { ArticleFilters, type ArticleFilterValues } from './list/ArticleFilters';
import { ArticleTable } from './list/ArticleTable';
import { useArticles, useColumns, type ArticleStatus } from './queries';

const DOCX = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function filtersOf(params: URLSearchParams): ArticleFilterValues & { page: number; pageSize: number } {
  const status = params.get('status');
  return {
    columnId: Number(params.get('column')) || undefined,
    status: status && status in STATUS_LABELS ? (status as ArticleStatus) : undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    q: params.get('q') ?? undefined,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || 20,
  };
}

/** 文章管理: the site's articles by column, status, date and title words. */
export default function ArticleListPage() {
  const site = useCurrentSite();
  const navigate = useNavigate();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const columns = useColumns(site.id);
  const byId = useMemo(() => columnsById(columns.data?.items ?? []), [columns.data]);
  const articles = useArticles(site.id, {
    columnId: filters.columnId,
    status: filters.status,
    q: filters.q,
    from: filters.from ? dayjs(filters.from).startOf('day').toISOString() : undefined,
    to: filters.to ? dayjs(filters.to).endOf('day').toISOString() : undefined,
    page: filters.page,
    pageSize: filters.pageSize,
  });
  const writer = hasSiteRole(user, site.id, ['site_admin', 'editor']);

  const update = (next: Partial<typeof filters>) => {
    const merged = { ...filters, page: 1, ...next };
    const entries: [string, string | number | undefined][] = [
      ['column', merged.columnId],
      ['status', merged.status],
      ['from', merged.from],
      ['to', merged.to],
      ['q', merged.q],
      ['page', merged.page > 1 ? merged.page : undefined],
      ['pageSize', merged.pageSize !== 20 ? merged.pageSize : undefined],
    ];
    setParams(
      new URLSearchParams(entries.filter((entry): entry is [string, string | number] => !!entry[1]).map(([k, v]) => [k, String(v)])),
    );
  };

  return (
    <>
      <PageHeader
        title="文章管理"
        extra={
          writer && (
            <Space>
              <Upload
                accept={DOCX}
                showUploadList={false}
                beforeUpload={(file) => {
                  navigate(`/s/${site.id}/articles/new`, { state: { docx: file } });
                  return false;
                }}
              >
                <Button icon={<FileWordOutlined />}>导入 Word 文档</Button>
              </Upload>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/s/${site.id}/articles/new`)}>
                新建文章
              </Button>
            </Space>
          )
        }
      />
      <ArticleFilters columns={columns.data?.items} value={filters} onChange={(next) => update(next)} />
      {articles.error && <Alert type="error" showIcon title={articles.error.message} style={{ marginBottom: 16 }} />}
      {articles.data?.items.some((article) => article.reviewStalled) && (
        <StalledReviewAlert description="标有「无人可审」的文章停在一个没有审核人的步骤上,门户中心授权审核人员后才会继续。" />
      )}
      <ArticleTable
        siteId={site.id}
        items={articles.data?.items}
        total={articles.data?.total ?? 0}
        page={filters.page}
        pageSize={filters.pageSize}
        loading={articles.isFetching}
        columnName={(id) => byId.get(id)?.name ?? '—'}
        onPage={(page, pageSize) => update({ page, pageSize })}
      />
    </>
  );
}
