import { Layout, Menu } from 'antd';
import { Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useSites } from '../../sites/queries';
import { lastSite } from '../last-site';
import { HeaderBar } from './HeaderBar';
import { menuItems, selectedKey } from './menu-items';

/** The frame of every signed-in screen: the role-aware menu, the header, the screen. */
export function AppShell() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const siteMatch = useMatch('/s/:siteId/*');
  const { data: sites } = useSites();
  const routeSiteId = siteMatch ? Number(siteMatch.params.siteId) : null;
  const siteId = routeSiteId ?? (sites?.items.some((site) => site.id === lastSite()) ? lastSite() : (sites?.items[0]?.id ?? null));
  const site = sites?.items.find((candidate) => candidate.id === siteId) ?? null;
  const items = user ? menuItems(user, site ? siteId : null, site?.name ?? null) : [];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>站群管理后台</div>
        <nav aria-label="主菜单">
          <Menu mode="inline" items={items} selectedKeys={selectedKey(items, location.pathname)} onClick={({ key }) => navigate(key)} />
        </nav>
      </Layout.Sider>
      <Layout>
        <HeaderBar sites={sites?.items ?? []} siteId={site ? siteId : null} inSiteScreen={routeSiteId !== null} />
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
