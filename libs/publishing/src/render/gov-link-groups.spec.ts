import { govLinkGroups } from './gov-link-groups';

const sites = [
  { id: 1, name: '示范县人民政府', url: 'http://www.zhanqun.test/' },
  { id: 2, name: '示范县教育局', url: 'http://jyj.zhanqun.test/' },
];

describe('govLinkGroups', () => {
  it('offers the other sites of the group as siblings when none were entered', () => {
    const groups = govLinkGroups([{ group: 'higher', name: '中国政府网', url: 'https://www.gov.cn/' }], sites, 2);
    expect(groups).toEqual([
      { group: 'higher', links: [{ name: '中国政府网', url: 'https://www.gov.cn/' }] },
      { group: 'sibling', links: [{ name: '示范县人民政府', url: 'http://www.zhanqun.test/' }] },
    ]);
  });

  it('shows only the entered siblings once there is one', () => {
    const groups = govLinkGroups([{ group: 'sibling', name: '邻县人民政府', url: 'https://lx.gov.cn/' }], sites, 1);
    expect(groups).toEqual([{ group: 'sibling', links: [{ name: '邻县人民政府', url: 'https://lx.gov.cn/' }] }]);
  });

  it('leaves out empty groups', () => {
    expect(govLinkGroups([], [sites[0]], 1)).toEqual([]);
  });
});
