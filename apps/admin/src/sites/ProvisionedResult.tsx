import { Button, Result, Space } from 'antd';
import { useNavigate } from 'react-router';
import type { components } from '../api/schema';
import { OneTimePassword } from '../users/OneTimePassword';
import { usePlatformInfo } from './queries';
import { siteUrl } from './site-url';

type Provisioned = components['schemas']['ProvisionedSiteResponse'];

/** A site just opened: its admin's one-time password and the way to the new site. */
export function ProvisionedResult({ site, onAnother }: { site: Provisioned; onAnother: () => void }) {
  const { data: info } = usePlatformInfo();
  const navigate = useNavigate();
  return (
    <Result
      status="success"
      title={`「${site.name}」已开设`}
      subTitle={`网站正在生成首批页面,片刻后即可在 ${site.primaryDomain} 访问。`}
      extra={
        <Space orientation="vertical" size="large" style={{ maxWidth: 560, textAlign: 'left' }}>
          <OneTimePassword username={site.admin.username} password={site.admin.initialPassword} />
          <Space wrap>
            {site.primaryDomain && (
              <Button type="primary" href={siteUrl(site.primaryDomain, info?.publicPort ?? null)} target="_blank" rel="noopener noreferrer">
                打开新网站
              </Button>
            )}
            <Button onClick={() => navigate(`/portal/sites/${site.id}`)}>查看站点详情</Button>
            <Button onClick={onAnother}>再开设一个站点</Button>
          </Space>
        </Space>
      }
    />
  );
}
