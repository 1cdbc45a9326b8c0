import { Timeline, Typography } from 'antd';
import type { components } from '../api/schema';
import { formatTime } from '../ui/format';
import { HISTORY_ACTIONS } from './labels';

type HistoryEntry = components['schemas']['ArticleHistoryEntryResponse'];

/** The article's story: who did what, when, at which review step, with what comment. */
export function HistoryTimeline({ entries }: { entries: HistoryEntry[] }) {
  if (!entries.length) return <Typography.Text type="secondary">暂无记录</Typography.Text>;
  return (
    <Timeline
      items={entries.map((entry, index) => {
        const action = HISTORY_ACTIONS[entry.action];
        return {
          key: index,
          color: action.color,
          content: (
            <>
              <Typography.Text strong>{entry.userName ?? (entry.userId === null ? '系统' : `用户 ${entry.userId}`)}</Typography.Text>{' '}
              {action.label}
              {entry.step !== null && <Typography.Text type="secondary">(第 {entry.step} 步)</Typography.Text>}
              <br />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatTime(entry.at)}
              </Typography.Text>
              {entry.comment && (
                <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>意见:{entry.comment}</Typography.Paragraph>
              )}
            </>
          ),
        };
      })}
    />
  );
}
