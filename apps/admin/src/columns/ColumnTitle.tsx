import { LockOutlined } from '@ant-design/icons';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { chainText, effectiveChain, type SiteChains } from '../review-chains/steps';
import { KIND_COLORS, KIND_NAMES, LOCKED_HINT } from './kinds';
import type { Column } from './queries';

/** A column in the tree: name, kind, the lock of a standard column and the review chain of its articles. */
export function ColumnTitle({ column, chains }: { column: Column; chains: SiteChains | undefined }) {
  const chain = chains && column.kind !== 'link' ? effectiveChain(chains, column.id) : null;
  return (
    // A standard column is not picked up by a drag (a cancelled mousedown starts no drag).
    <Space size={6} wrap={false} onMouseDown={column.required ? (event) => event.preventDefault() : undefined}>
      <Typography.Text strong>{column.name}</Typography.Text>
      <Tag color={KIND_COLORS[column.kind]} style={{ marginInlineEnd: 0 }}>
        {KIND_NAMES[column.kind]}
      </Tag>
      {column.required && (
        <Tooltip title={LOCKED_HINT}>
          <LockOutlined aria-label={LOCKED_HINT} role="img" style={{ color: '#8c8c8c' }} />
        </Tooltip>
      )}
      {chain && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          审核:{chainText(chain.steps)}
          {chain.source === 'column' && (
            <Tag color="purple" style={{ marginInlineStart: 6 }}>
              单独设置
            </Tag>
          )}
        </Typography.Text>
      )}
    </Space>
  );
}
