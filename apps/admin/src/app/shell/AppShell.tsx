import { Drawer, Grid, Layout, Menu } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useMatch, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useSites } from '../../sites/queries';
import { lastSite } from '../last-site';
import { HeaderBar } from './HeaderBar';
import { menuItems, selectedKey } from './menu-items';

const TITLE = <div style={{ padding: '16px 20px', fontWeight: 600, fontSize: 16 }}>站群管理后台</div>;

/**
 * The frame of every signed-in screen: the role-aware menu, the header, the screen. On narrow
 * screens (below antd's `lg`, 992 px) the menu moves into a drawer opened from the header.
 */
export function AppShell() {
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const siteMatch = useMatch('/s/:siteId/*');
  const { data: sites } = useSites();
  const routeSiteId = siteMatch ? Number(siteMatch.params.siteId) : null;
  const siteId = routeSiteId ?? (sites?.items.some((site) => site.id === lastSite()) ? lastSite() : (sites?.items[0]?.id ?? null));
  const site = sites?.items.find((candidate) => candidate.id === siteId) ?? null;
  const items = user ? menuItems(user, site ? siteId : null, site?.name ?? null) : [];
  const nav = (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        items={items}
        selectedKeys={selectedKey(items, location.pathname)}
        onClick={({ key }) => {
          setDrawerOpen(false);
          navigate(key);
        }}
      />
    </nav>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {wide && (
        <Layout.Sider width={220} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          {TITLE}
          {nav}
        </Layout.Sider>
      )}
      {!wide && (
        <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" size={260} title="站群管理后台">
          {nav}
        </Drawer>
      )}
      <Layout>
        <HeaderBar
          sites={sites?.items ?? []}
          siteId={site ? siteId : null}
          inSiteScreen={routeSiteId !== null}
          onOpenMenu={wide ? undefined : () => setDrawerOpen(true)}
        />
        <Layout.Content style={{ padding: wide ? 24 : 12 }}>
          <main>
            <Outlet />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
