import { AuditOutlined, DownOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Flex, Layout, Select, Space } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { hasAnyRole, isPlatformAdmin } from '../../auth/roles';
import { signOut } from '../../auth/session';
import { useSession } from '../../auth/useSession';
import { usePendingReviews } from '../../reviews/queries';
import type { SiteSummary } from '../../sites/queries';
import { queryClient } from '../query-client';

const SITE_KIND: Record<SiteSummary['kind'], string> = { portal: '门户', department: '部门', township: '乡镇' };

/**
 * Site switcher (on a site's screen: the same screen on the other site; elsewhere: that site's
 * dashboard), pending review count, account menu. With `onOpenMenu` (narrow screens) it also
 * opens the menu drawer, and the buttons shrink to their icons (their names stay for screen readers).
 */
export function HeaderBar({
  sites,
  siteId,
  inSiteScreen,
  onOpenMenu,
}: {
  sites: SiteSummary[];
  siteId: number | null;
  inSiteScreen: boolean;
  onOpenMenu?: () => void;
}) {
  const narrow = !!onOpenMenu;
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const reviewer = isPlatformAdmin(user) || hasAnyRole(user, ['leader', 'portal_reviewer', 'security_reviewer']);
  const { data: reviews } = usePendingReviews(reviewer);
  const pending = `待审核 ${reviews?.items.length ?? 0} 条`;

  function switchSite(id: number) {
    // Keep the screen's section (e.g. articles), drop ids that belong to the old site.
    const section = inSiteScreen ? location.pathname.split('/')[3] : undefined;
    navigate(section ? `/s/${id}/${section}` : `/s/${id}`);
  }

  async function logout(everywhere: boolean) {
    await signOut(everywhere);
    queryClient.clear();
    navigate('/login', { replace: true });
  }

  return (
    <Layout.Header style={{ background: '#fff', padding: narrow ? '0 12px' : '0 24px', borderBottom: '1px solid #f0f0f0' }}>
      <Flex justify="space-between" align="center" style={{ height: '100%' }}>
        <Space>
          {onOpenMenu && <Button type="text" icon={<MenuOutlined />} aria-label="打开菜单" onClick={onOpenMenu} />}
          {sites.length > 0 && (
            <Select<number>
              aria-label="切换站点"
              style={{ width: narrow ? 150 : 260 }}
              placeholder="选择站点"
              value={siteId ?? undefined}
              onChange={switchSite}
              showSearch={{ optionFilterProp: 'label' }}
              options={sites.map((site) => ({ value: site.id, label: `${site.name}(${SITE_KIND[site.kind]})` }))}
            />
          )}
        </Space>
        <Space size={narrow ? 'small' : 'large'}>
          {reviewer && (
            <Badge count={reviews?.items.length ?? 0} size="small">
              <Button type="text" icon={<AuditOutlined />} aria-label={pending} onClick={() => navigate('/reviews')}>
                {!narrow && pending}
              </Button>
            </Badge>
          )}
          <Dropdown
            menu={{
              items: [
                { key: 'password', label: '修改密码', onClick: () => navigate('/account/password') },
                { type: 'divider' },
                { key: 'logout', label: '退出登录', onClick: () => void logout(false) },
                { key: 'logout-all', label: '退出所有设备', onClick: () => void logout(true) },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} aria-label={narrow ? user?.displayName : undefined}>
              {!narrow && (
                <>
                  {user?.displayName} <DownOutlined />
                </>
              )}
            </Button>
          </Dropdown>
        </Space>
      </Flex>
    </Layout.Header>
  );
}
