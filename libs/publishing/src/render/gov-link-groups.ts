import type { GovLinkGroupView, GovLinkView } from '@zhanqun/templating';

export interface ManualGovLink extends GovLinkView {
  group: 'higher' | 'sibling';
}

export interface GroupSite extends GovLinkView {
  id: number;
}

/**
 * The 政府网站链接 block of one site. Links the portal center entered come first; without any
 * manual sibling link, the group's other sites (in `groupSites` order) stand in as the sibling list,
 * so a fresh group shows its units without anyone typing them in.
 */
export function govLinkGroups(manual: ManualGovLink[], groupSites: GroupSite[], selfId: number): GovLinkGroupView[] {
  const pick = (group: ManualGovLink['group']) => manual.filter((link) => link.group === group).map(({ name, url }) => ({ name, url }));
  const higher = pick('higher');
  let sibling = pick('sibling');
  if (!sibling.length) sibling = groupSites.filter((site) => site.id !== selfId).map(({ name, url }) => ({ name, url }));
  const groups: GovLinkGroupView[] = [];
  if (higher.length) groups.push({ group: 'higher', links: higher });
  if (sibling.length) groups.push({ group: 'sibling', links: sibling });
  return groups;
}
