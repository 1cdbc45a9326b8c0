import type { SessionUser } from '../auth/session';
import { menuItems } from '../app/shell/menu-items';

const user = (roles: SessionUser['roles']): SessionUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  mustChangePassword: false,
  office: null,
  roles,
});

function labels(items: ReturnType<typeof menuItems>): string[] {
  return items.flatMap((item) => ((item as { children?: { label: string }[] }).children ?? []).map((child) => child.label));
}

describe('who reaches 信息报送', () => {
  it('shows the queue and the statistics to a site’s staff who are no platform admins', () => {
    expect(labels(menuItems(user([{ siteId: 1, role: 'site_admin' }]), 1, '示范县人民政府'))).toEqual(
      expect.arrayContaining(['信息报送', '报送统计', '报送记录']),
    );
    expect(labels(menuItems(user([{ siteId: 1, role: 'editor' }]), 1, '示范县人民政府'))).toContain('信息报送');
  });

  it('shows them to platform admins, and not to reviewers', () => {
    expect(labels(menuItems(user([{ siteId: null, role: 'platform_admin' }]), null, null))).toEqual(
      expect.arrayContaining(['信息报送', '报送统计']),
    );
    expect(labels(menuItems(user([{ siteId: 1, role: 'leader' }]), 1, '示范县人民政府'))).not.toContain('信息报送');
  });
});
