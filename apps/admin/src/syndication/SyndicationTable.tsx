import { ExportOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { formatTime } from '../ui/format';
import { MODE_LABEL, statusOf, type Syndication, type SyndicationStatus } from './labels';

interface Props {
  /** `queue`: what others submitted to the user's sites; `site`: what this unit submitted. */
  view: 'queue' | 'site';
  /** The status shown (undefined: every status); decides which outcome columns appear. */
  status?: SyndicationStatus;
  items?: Syndication[];
  loading: boolean;
  pagination: TablePaginationConfig;
  actions?: (item: Syndication) => ReactNode;
}

function titleCell(item: Syndication) {
  return (
    <Space orientation="vertical" size={2}>
      {item.sourceUrl ? (
        <Typography.Link href={item.sourceUrl} target="_blank" rel="noreferrer">
          {item.title} <ExportOutlined aria-label="在新窗口打开原文" />
        </Typography.Link>
      ) : (
        item.title
      )}
      <Space size={4} wrap>
        {item.pictureNews && <Tag>图片新闻</Tag>}
        {item.headline && <Tag color="gold">头条</Tag>}
        {item.major && <Tag color="volcano">重大新闻</Tag>}
        {item.automatic && <Tag>栏目自动报送</Tag>}
      </Space>
    </Space>
  );
}

function columnsOf({ view, status, actions }: Pick<Props, 'view' | 'status' | 'actions'>): TableColumnsType<Syndication> {
  const columns: TableColumnsType<Syndication> = [{ title: '标题', key: 'title', render: (_, item) => titleCell(item) }];
  if (view === 'queue') {
    columns.push({ title: '报送单位', dataIndex: 'sourceUnit', width: 160 });
  }
  columns.push(
    {
      title: '报送到',
      key: 'target',
      width: 200,
      render: (_, item) => `${item.targetSiteName} · ${item.targetColumnName}`,
    },
    {
      title: '报送人',
      key: 'submittedBy',
      width: 140,
      render: (_, item) => item.submittedBy?.displayName ?? '自动报送',
    },
    { title: '报送时间', dataIndex: 'submittedAt', width: 150, render: formatTime },
  );
  if (!status) {
    columns.push({
      title: '状态',
      dataIndex: 'status',
      width: 90,
      render: (value: SyndicationStatus) => <Tag color={statusOf(value).color}>{statusOf(value).label}</Tag>,
    });
  }
  if (!status || status === 'adopted') {
    columns.push(
      { title: '采用方式', dataIndex: 'mode', width: 90, render: (mode: Syndication['mode']) => (mode ? MODE_LABEL[mode] : '—') },
      {
        title: '稿酬(元)',
        dataIndex: 'remuneration',
        width: 100,
        align: 'right',
        render: (value: string, item) => (item.status === 'adopted' ? value : '—'),
      },
    );
  }
  if (!status || status === 'declined') {
    columns.push({ title: '退回理由', dataIndex: 'declineReason', width: 220, render: (reason: string) => reason || '—' });
  }
  if (status !== 'submitted') {
    columns.push({ title: '处理时间', dataIndex: 'decidedAt', width: 150, render: formatTime });
  }
  if (actions) columns.push({ title: '操作', key: 'actions', width: 140, render: (_, item) => actions(item) });
  return columns;
}

/** The submissions of the queue or of a unit, with the columns that fit the status shown. */
export function SyndicationTable({ view, status, items, loading, pagination, actions }: Props) {
  return (
    <Table<Syndication>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      columns={columnsOf({ view, status, actions })}
      pagination={{ showTotal: (total) => `共 ${total} 条`, ...pagination }}
      locale={{ emptyText: view === 'queue' ? '没有报送信息' : '还没有报送记录' }}
      // Rows scroll sideways on narrow screens; an empty table must not (a scroll area with nothing to focus fails keyboard access).
      scroll={items?.length ? { x: 'max-content' } : undefined}
    />
  );
}
