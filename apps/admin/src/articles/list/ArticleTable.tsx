import { ExportOutlined } from '@ant-design/icons';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { formatTime } from '../../ui/format';
import type { ArticleItem } from '../queries';
import { StatusTag } from '../StatusTag';

interface ArticleTableProps {
  siteId: number;
  items: ArticleItem[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  columnName(columnId: number): string;
  onPage(page: number, pageSize: number): void;
}

export function ArticleTable({ siteId, items, total, page, pageSize, loading, columnName, onPage }: ArticleTableProps) {
  return (
    <Table<ArticleItem>
      rowKey="id"
      loading={loading}
      dataSource={items}
      locale={{ emptyText: '没有符合条件的文章' }}
      pagination={{ current: page, pageSize, total, showTotal: (count) => `共 ${count} 篇`, onChange: onPage, showSizeChanger: true }}
      columns={[
        {
          title: '标题',
          dataIndex: 'title',
          render: (title: string, article) => (
            <>
              {article.headline && <Typography.Text type="danger">[头条] </Typography.Text>}
              <Link to={`/s/${siteId}/articles/${article.id}`}>{title}</Link>
            </>
          ),
        },
        { title: '栏目', dataIndex: 'columnId', width: 140, render: (columnId: number) => columnName(columnId) },
        {
          title: '状态',
          dataIndex: 'status',
          width: 170,
          render: (_, article) => (
            <StatusTag status={article.status} pendingEdit={article.pendingRevision !== null} stalled={article.reviewStalled} />
          ),
        },
        { title: '作者', dataIndex: 'author', width: 110, render: (author: string) => author || '—' },
        { title: '更新时间', dataIndex: 'updatedAt', width: 150, render: formatTime },
        { title: '发布时间', dataIndex: 'publishedAt', width: 150, render: formatTime },
        {
          title: '网址',
          dataIndex: 'url',
          width: 90,
          render: (url: string | null, article) =>
            url ? (
              <a href={url} target="_blank" rel="noopener noreferrer" aria-label={`查看网页:${article.title}`}>
                查看 <ExportOutlined aria-hidden />
              </a>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}
