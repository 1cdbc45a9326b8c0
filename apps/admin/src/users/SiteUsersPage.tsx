import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentSite } from '../app/SiteScope';
import { isPlatformAdmin } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { AccountActions } from './AccountActions';
import { AccountStatus } from './AccountStatus';
import { CreateSiteUserModal } from './CreateSiteUserModal';
import { GrantTag } from './GrantTag';
import { SITE_ROLES } from './names';
import { useSiteUsers, type SiteUser, type UserFilter } from './queries';

/** The site's accounts (本站用户) as its site_admin manages them: create, revoke roles, disable, reset. */
export default function SiteUsersPage() {
  const site = useCurrentSite();
  const { user: me } = useSession();
  const [filter, setFilter] = useState<UserFilter>({ page: 1, pageSize: 20 });
  const users = useSiteUsers(site.id, filter);
  const [creating, setCreating] = useState(false);
  // The reviewers' reach on a site is the portal center's to give and take.
  const mayRevoke = (role: SiteUser['roles'][number]) => isPlatformAdmin(me) || SITE_ROLES.includes(role);

  return (
    <>
      <PageHeader
        title="本站用户"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建账号
          </Button>
        }
      />
      <Input.Search
        aria-label="搜索用户"
        placeholder="按用户名或姓名搜索"
        allowClear
        style={{ width: 260, marginBottom: 12 }}
        onSearch={(q) => setFilter({ ...filter, q: q.trim() || undefined, page: 1 })}
      />
      {users.error ? (
        <ErrorResult error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<SiteUser>
          rowKey="id"
          loading={users.isFetching}
          dataSource={users.data?.items}
          locale={{ emptyText: filter.q ? '没有符合条件的账号' : '本站还没有账号' }}
          pagination={{
            current: filter.page,
            pageSize: filter.pageSize,
            total: users.data?.total ?? 0,
            showTotal: (total) => `共 ${total} 个账号`,
            onChange: (page, pageSize) => setFilter({ ...filter, page, pageSize }),
          }}
          columns={[
            { title: '用户名', dataIndex: 'username', width: 160 },
            { title: '姓名', dataIndex: 'displayName', width: 180 },
            {
              title: '本站角色',
              key: 'roles',
              render: (_, user) =>
                user.roles.map((role) => (
                  <GrantTag
                    key={role}
                    userId={user.id}
                    username={user.username}
                    siteId={site.id}
                    role={role}
                    revocable={user.id !== me?.id && mayRevoke(role)}
                  />
                )),
            },
            { title: '状态', key: 'status', width: 140, render: (_, user) => <AccountStatus account={user} /> },
            {
              title: '操作',
              key: 'actions',
              width: 160,
              render: (_, user) =>
                user.id === me?.id ? (
                  <Typography.Text type="secondary">当前账号</Typography.Text>
                ) : (
                  <AccountActions account={user} scope={{ siteId: site.id }} />
                ),
            },
          ]}
        />
      )}
      <CreateSiteUserModal siteId={site.id} open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
