import { ExportOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { siteUrl } from './site-url';
import { usePlatformInfo } from './queries';

/** A site domain as a link that opens the citizens' site in a new tab. */
export function SiteDomainLink({ host }: { host: string | null }) {
  const { data: info } = usePlatformInfo();
  if (!host) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Typography.Link href={siteUrl(host, info?.publicPort ?? null)} target="_blank" rel="noopener noreferrer">
      {host} <ExportOutlined aria-label="在新窗口打开" />
    </Typography.Link>
  );
}
