import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { QuotaBar } from '../media/QuotaBar';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { CATEGORY_NAMES, KIND_NAMES, STATUS_NAMES } from './names';
import { useSites, type Site } from './queries';
import { SiteDomainLink } from './SiteDomainLink';

/** The portal center's list of every site of the group. */
export default function SitesPage() {
  const navigate = useNavigate();
  const sites = useSites();
  const [q, setQ] = useState('');
  const shown = (sites.data?.items ?? []).filter((site) => !q || site.name.includes(q) || site.code.includes(q.toLowerCase()));

  return (
    <>
      <PageHeader
        title="站点管理"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/portal/sites/new')}>
            开设新站点
          </Button>
        }
      />
      {sites.error ? (
        <ErrorResult error={sites.error} onRetry={() => void sites.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          <Input.Search
            aria-label="搜索站点"
            placeholder="按名称或代码搜索"
            allowClear
            style={{ width: 280 }}
            onSearch={(value) => setQ(value.trim())}
          />
          <Table<Site>
            rowKey="id"
            loading={sites.isPending}
            dataSource={shown}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => `共 ${total} 个站点` }}
            locale={{ emptyText: q ? '没有符合条件的站点' : '还没有站点' }}
            columns={[
              { title: '站点名称', dataIndex: 'name', render: (name: string, site) => <Link to={`/portal/sites/${site.id}`}>{name}</Link> },
              { title: '代码', dataIndex: 'code', width: 110 },
              {
                title: '类型',
                dataIndex: 'kind',
                width: 90,
                filters: Object.entries(KIND_NAMES).map(([value, text]) => ({ value, text })),
                onFilter: (value, site) => site.kind === value,
                render: (kind: Site['kind']) => (
                  <Tag color={kind === 'portal' ? 'red' : kind === 'township' ? 'purple' : 'blue'}>{KIND_NAMES[kind]}</Tag>
                ),
              },
              {
                title: '类别',
                dataIndex: 'category',
                width: 90,
                filters: Object.entries(CATEGORY_NAMES).map(([value, text]) => ({ value, text })),
                onFilter: (value, site) => site.category === value,
                render: (category: Site['category']) => CATEGORY_NAMES[category],
              },
              {
                title: '状态',
                dataIndex: 'status',
                width: 100,
                render: (status: Site['status']) => (
                  <Badge status={status === 'active' ? 'success' : 'warning'} text={STATUS_NAMES[status]} />
                ),
              },
              { title: '主域名', dataIndex: 'primaryDomain', render: (host: string | null) => <SiteDomainLink host={host} /> },
              { title: '存储空间', key: 'quota', width: 200, render: (_, site) => <QuotaBar siteId={site.id} compact /> },
            ]}
          />
        </Flex>
      )}
    </>
  );
}
