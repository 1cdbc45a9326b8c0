import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { components } from '../api/schema';
import { useSites } from '../sites/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { AuditFilters } from './AuditFilters';
import { filterFromParams, paramsFromFilter, type AuditFilter } from './filter';
import { useAuditLog } from './queries';

type Entry = components['schemas']['AuditEntryResponse'];

function outcome(status: number) {
  const color = status < 400 ? 'success' : status < 500 ? 'warning' : 'error';
  return <Tag color={color}>{status < 400 ? `成功 ${status}` : `失败 ${status}`}</Tag>;
}

function twoLines(first: ReactNode, second: string) {
  return (
    <Flex vertical>
      {first}
      {second && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {second}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** 审计日志: every state-changing request and login attempt, newest first. */
export default function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const log = useAuditLog(filter);
  const sites = useSites();
  const siteNames = new Map(sites.data?.items.map((site) => [site.id, site.name]));
  const show = (next: AuditFilter) => setParams(paramsFromFilter(next));

  return (
    <>
      <PageHeader title="审计日志">
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          记录所有修改操作和登录尝试(操作人、站点、对象、内容摘要、IP 和结果),保留 180 天。
        </Typography.Paragraph>
      </PageHeader>
      <AuditFilters filter={filter} onChange={show} />
      {log.error ? (
        <ErrorResult error={log.error} onRetry={() => void log.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="small"
          loading={log.isFetching}
          dataSource={log.data?.items}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: '没有符合条件的记录' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: log.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [50, 100, 200],
            showTotal: (total) => `共 ${total} 条`,
            onChange: (page, pageSize) => show({ ...filter, page: pageSize === filter.pageSize ? page : 1, pageSize }),
          }}
          columns={[
            { title: '时间', dataIndex: 'at', width: 160, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
            {
              title: '用户 / IP',
              key: 'who',
              width: 130,
              render: (_, entry) => twoLines(entry.username || '—', entry.ip),
            },
            {
              title: '站点',
              dataIndex: 'siteId',
              width: 140,
              render: (siteId: number | null) => (siteId ? (siteNames.get(siteId) ?? `站点 #${siteId}`) : '—'),
            },
            {
              title: '操作 / 对象',
              key: 'action',
              width: 210,
              render: (_, entry) => twoLines(<Typography.Text code>{entry.action}</Typography.Text>, entry.target),
            },
            {
              title: '内容摘要',
              dataIndex: 'summary',
              render: (summary: string) =>
                summary ? (
                  <Tooltip title={summary}>
                    {/* Focusable, so the whole summary can be read from the keyboard too. */}
                    <Typography.Text tabIndex={0} style={{ display: 'inline-block', maxWidth: 240 }} ellipsis>
                      {summary}
                    </Typography.Text>
                  </Tooltip>
                ) : (
                  '—'
                ),
            },
            { title: '结果', dataIndex: 'statusCode', width: 90, render: outcome },
          ]}
        />
      )}
    </>
  );
}
