import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES } from '../auth/roles';
import type { Role } from '../auth/session';
import { useSession } from '../auth/useSession';
import { useSites } from '../sites/queries';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { AccountActions } from './AccountActions';
import { AccountStatus } from './AccountStatus';
import { CreatePlatformUserModal } from './CreatePlatformUserModal';
import { EditUserModal } from './EditUserModal';
import { GrantModal } from './GrantModal';
import { GrantTag } from './GrantTag';
import { OFFICE_NAMES } from './names';
import { usePlatformUsers, type PlatformUser, type UserFilter } from './queries';

/** Every account of the group with all its grants (用户与授权): create, grant, revoke, disable, reset. */
export default function PlatformUsersPage() {
  const { user: me } = useSession();
  const sites = useSites();
  const [filter, setFilter] = useState<UserFilter>({ page: 1, pageSize: 20 });
  const users = usePlatformUsers(filter);
  const [creating, setCreating] = useState(false);
  const [granting, setGranting] = useState<PlatformUser | null>(null);
  const [editing, setEditing] = useState<PlatformUser | null>(null);

  return (
    <>
      <PageHeader
        title="用户与授权"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建门户中心账号
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          各单位的账号由本单位站点管理员在「本站用户」中创建;门户中心在这里为两办审核、保密审查等人员建号,并可为任何账号授权或撤销授权。
        </Typography.Paragraph>
      </PageHeader>
      <Flex gap={12} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          aria-label="搜索用户"
          placeholder="按用户名或姓名搜索"
          allowClear
          style={{ width: 260 }}
          onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined, page: 1 })}
        />
        <Select<Role | ''>
          aria-label="按角色筛选"
          style={{ width: 200 }}
          value={filter.role ?? ''}
          onChange={(role) => setFilter({ ...filter, role: role || undefined, page: 1 })}
          options={[
            { value: '', label: '全部角色' },
            ...(Object.keys(ROLE_NAMES) as Role[]).map((role) => ({ value: role, label: ROLE_NAMES[role] })),
          ]}
        />
        <Select<number | 0>
          aria-label="按站点筛选"
          style={{ width: 240 }}
          value={filter.siteId ?? 0}
          onChange={(siteId) => setFilter({ ...filter, siteId: siteId || undefined, page: 1 })}
          showSearch={{ optionFilterProp: 'label' }}
          options={[{ value: 0, label: '全部站点' }, ...(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))]}
        />
      </Flex>
      {users.error ? (
        <ErrorResult error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<PlatformUser>
          rowKey="id"
          loading={users.isFetching}
          dataSource={users.data?.items}
          locale={{ emptyText: filter.q || filter.role || filter.siteId ? '没有符合条件的账号' : '还没有账号' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => `共 ${total} 个账号`,
            onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
          }}
          columns={[
            { title: '用户名', dataIndex: 'username', width: 150 },
            { title: '姓名', dataIndex: 'displayName', width: 160 },
            {
              title: '办公室',
              dataIndex: 'office',
              width: 80,
              render: (office: PlatformUser['office']) => (office ? OFFICE_NAMES[office] : '—'),
            },
            {
              title: '角色与授权',
              key: 'grants',
              render: (_, user) =>
                user.grants.length ? (
                  user.grants.map((grant) => (
                    <GrantTag
                      key={`${grant.siteId}-${grant.role}`}
                      userId={user.id}
                      username={user.username}
                      siteId={grant.siteId}
                      siteName={grant.siteName}
                      role={grant.role}
                      revocable={user.id !== me?.id}
                    />
                  ))
                ) : (
                  <Typography.Text type="secondary">未授权</Typography.Text>
                ),
            },
            { title: '状态', key: 'status', width: 130, render: (_, user) => <AccountStatus account={user} /> },
            {
              title: '操作',
              key: 'actions',
              width: 220,
              render: (_, user) =>
                user.id === me?.id ? (
                  <Typography.Text type="secondary">当前账号</Typography.Text>
                ) : (
                  <AccountActions
                    account={user}
                    scope="platform"
                    extra={
                      <>
                        <Button type="link" size="small" onClick={() => setGranting(user)} aria-label={`为 ${user.username} 授权`}>
                          授权
                        </Button>
                        <Button type="link" size="small" onClick={() => setEditing(user)} aria-label={`编辑 ${user.username}`}>
                          编辑
                        </Button>
                      </>
                    }
                  />
                ),
            },
          ]}
        />
      )}
      <CreatePlatformUserModal open={creating} onClose={() => setCreating(false)} />
      <GrantModal user={granting} onClose={() => setGranting(null)} />
      <EditUserModal user={editing} onClose={() => setEditing(null)} />
    </>
  );
}
