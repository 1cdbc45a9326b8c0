import { Card, Flex, Skeleton, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface CardRow {
  key: number | string;
  title: ReactNode;
  meta?: ReactNode;
  extra?: ReactNode;
}

interface DashboardCardProps {
  title: string;
  /** The total behind the rows (shown large in the theme colour). */
  count?: number;
  /** Where the full list is. */
  more?: { to: string; label: string };
  rows?: CardRow[];
  empty?: string;
  loading?: boolean;
  error?: Error | null;
  actions?: ReactNode;
  /** A body of its own instead of rows. */
  children?: ReactNode;
}

/** A 工作台 card: a count, the newest few items linking to where they are worked on, a link to all. */
export function DashboardCard({ title, count, more, rows = [], empty, loading, error, actions, children }: DashboardCardProps) {
  const { token } = theme.useToken();
  return (
    <Card
      title={
        <Flex align="baseline" gap={8}>
          <span>{title}</span>
          {count !== undefined && (
            <span aria-label={`${title} ${count} 项`} style={{ color: token.colorPrimary, fontSize: 22, fontWeight: 600 }}>
              {count}
            </span>
          )}
        </Flex>
      }
      extra={
        <Flex gap={12} align="center">
          {actions}
          {more && <Link to={more.to}>{more.label}</Link>}
        </Flex>
      }
      style={{ height: '100%', borderTop: `3px solid ${token.colorPrimary}` }}
      styles={{ body: { paddingTop: 8 } }}
    >
      {error ? (
        <Typography.Text type="danger">{error.message}</Typography.Text>
      ) : children ? (
        children
      ) : loading ? (
        <Skeleton active paragraph={{ rows: 3 }} title={false} />
      ) : rows.length === 0 ? (
        <Typography.Text type="secondary">{empty}</Typography.Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {rows.map((row) => (
            <li key={row.key} style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}>
              <Flex justify="space-between" gap={12}>
                <div style={{ minWidth: 0 }}>
                  <div style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{row.title}</div>
                  {row.meta && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.meta}
                    </Typography.Text>
                  )}
                </div>
                {row.extra && <div style={{ flex: 'none' }}>{row.extra}</div>}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
