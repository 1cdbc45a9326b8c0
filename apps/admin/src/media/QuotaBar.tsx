import { Alert, Flex, Progress, Skeleton, Typography } from 'antd';
import { formatBytes, usedPercent } from './format';
import { useMediaUsage } from './queries';

/** The site's storage use against its quota (red from 90 %). */
export function QuotaBar({ siteId, compact = false }: { siteId: number; compact?: boolean }) {
  const { data, error } = useMediaUsage(siteId);
  if (error) return <Alert type="error" showIcon title={error.message} />;
  if (!data) return <Skeleton.Input active size="small" />;
  const percent = usedPercent(data.usedBytes, data.quotaBytes);
  const text = `${formatBytes(data.usedBytes)} / ${formatBytes(data.quotaBytes)}`;
  const bar = (
    <Progress
      percent={percent}
      status={percent >= 90 ? 'exception' : 'normal'}
      showInfo={compact}
      format={() => `${percent}%`}
      aria-label={`存储空间已用 ${percent}%`}
      style={{ margin: 0, minWidth: compact ? 120 : 240 }}
      size={compact ? 'small' : 'medium'}
    />
  );
  if (compact) {
    return (
      <Flex vertical>
        {bar}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {text}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex align="center" gap={12} wrap>
      <Typography.Text>存储空间</Typography.Text>
      <div style={{ width: 320 }}>{bar}</div>
      <Typography.Text type="secondary">
        已用 {text}({data.files} 个文件)
      </Typography.Text>
    </Flex>
  );
}
