import { userWithRoles } from '../../test-support/users';
import { menuItems, selectedKey } from './menu-items';

function labels(items: ReturnType<typeof menuItems>): string[] {
  return items.flatMap((item) => [String((item as any).label), ...((item as any).children ?? []).map((child: any) => child.label)]);
}

describe('the role-aware menu', () => {
  it('shows an editor their site, no portal center and no review inbox', () => {
    const items = labels(menuItems(userWithRoles([{ siteId: 3, role: 'editor' }]), 3, '教育局'));
    expect(items).toContain('本站 · 教育局');
    expect(items).toContain('文章管理');
    expect(items).not.toContain('本站用户');
    expect(items).not.toContain('门户中心');
    expect(items).not.toContain('审核待办');
  });

  it('shows nothing of a site the user holds no role on', () => {
    const items = labels(menuItems(userWithRoles([{ siteId: 3, role: 'site_admin' }]), 4, '公安局'));
    expect(items).not.toContain('文章管理');
  });

  it('gives platform admins the portal center and the review inbox', () => {
    const items = labels(menuItems(userWithRoles([{ siteId: null, role: 'platform_admin' }]), null, null));
    expect(items).toEqual(expect.arrayContaining(['门户中心', '站点管理', '八统一标准', '审核待办']));
  });

  it('selects the longest menu path that prefixes the location', () => {
    const items = menuItems(userWithRoles([{ siteId: 3, role: 'site_admin' }]), 3, '教育局');
    expect(selectedKey(items, '/s/3/articles/12')).toEqual(['/s/3/articles']);
    expect(selectedKey(items, '/s/3')).toEqual(['/s/3']);
  });
});
