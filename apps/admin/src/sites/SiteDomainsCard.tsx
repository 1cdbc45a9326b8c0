import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SiteDomainLink } from './SiteDomainLink';
import { useUpdateSite, type Site } from './queries';
import { parseAliases } from './site-url';

/** The site's primary domain and its aliases (old domains that redirect to it). */
export function SiteDomainsCard({ site }: { site: Site }) {
  const { message } = App.useApp();
  const update = useUpdateSite(site.id);
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);
  const aliases = site.domains.filter((host) => host !== site.primaryDomain);

  async function save(next: string[], done: string) {
    setError(null);
    try {
      await update.mutateAsync({ aliases: next });
      message.success(done);
      return true;
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : '保存失败');
      return false;
    }
  }

  async function add() {
    const hosts = parseAliases(adding).filter((host) => !aliases.includes(host));
    if (!hosts.length) return;
    if (await save([...aliases, ...hosts], `已添加别名 ${hosts.join('、')}`)) setAdding('');
  }

  return (
    <Card title="域名" size="small">
      <Flex vertical gap={12}>
        <div>
          <Tag color="blue">主域名</Tag>
          <SiteDomainLink host={site.primaryDomain} />
        </div>
        <div>
          <Typography.Text type="secondary">别名(访问时跳转到主域名)</Typography.Text>
          {aliases.length ? (
            <ul style={{ margin: '4px 0 0', paddingLeft: 0, listStyle: 'none' }}>
              {aliases.map((host) => (
                <li key={host}>
                  <Flex justify="space-between" align="center">
                    <span>{host}</span>
                    <Popconfirm
                      title={`删除别名 ${host}?`}
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        save(
                          aliases.filter((alias) => alias !== host),
                          `已删除别名 ${host}`,
                        )
                      }
                    >
                      <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={`删除别名 ${host}`} />
                    </Popconfirm>
                  </Flex>
                </li>
              ))}
            </ul>
          ) : (
            <div>
              <Typography.Text type="secondary">无</Typography.Text>
            </div>
          )}
        </div>
        <Space.Compact>
          <Input
            aria-label="新别名"
            placeholder="添加别名,如 jyj.old.gov.cn"
            value={adding}
            status={error ? 'error' : undefined}
            onChange={(event) => setAdding(event.target.value)}
            onPressEnter={() => void add()}
          />
          <Button icon={<PlusOutlined />} loading={update.isPending} onClick={() => void add()}>
            添加
          </Button>
        </Space.Compact>
        {error && <Alert type="error" showIcon title={error} />}
      </Flex>
    </Card>
  );
}
