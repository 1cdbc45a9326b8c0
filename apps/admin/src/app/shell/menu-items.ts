import type { MenuProps } from 'antd';
import { hasAnyRole, hasSiteRole, isPlatformAdmin } from '../../auth/roles';
import type { SessionUser } from '../../auth/session';
import { AREAS } from '../areas';
import type { MenuEntry, Scope } from '../console-area';

type Item = Required<MenuProps>['items'][number];

export function scopePath(scope: Scope, path: string, siteId: number | null): string {
  const root = scope === 'site' ? `/s/${siteId}` : scope === 'portal' ? '/portal' : '';
  return path ? `${root}/${path}` : root || '/';
}

function visible(entry: MenuEntry, user: SessionUser, siteId: number | null): boolean {
  if (entry.scope === 'portal') return isPlatformAdmin(user);
  if (entry.scope === 'site') return siteId !== null && hasSiteRole(user, siteId, entry.roles ?? []);
  return !entry.roles || isPlatformAdmin(user) || hasAnyRole(user, entry.roles);
}

function group(key: string, label: string, entries: MenuEntry[], siteId: number | null): Item | null {
  if (!entries.length) return null;
  return {
    type: 'group',
    key,
    label,
    children: entries
      .sort((a, b) => a.order - b.order)
      .map((entry) => ({ key: scopePath(entry.scope, entry.path, siteId), label: entry.label, icon: entry.icon })),
  };
}

/** The side menu: what the user's grants allow, on the current site, then reviews, then the portal center. */
export function menuItems(user: SessionUser, siteId: number | null, siteName: string | null): Item[] {
  const entries = AREAS.flatMap((area) => area.menu).filter((entry) => visible(entry, user, siteId));
  const of = (scope: Scope) => entries.filter((entry) => entry.scope === scope);
  return [
    group('site', siteName ? `本站 · ${siteName}` : '本站', of('site'), siteId),
    group('global', '审核与报送', of('global'), siteId),
    group('portal', '门户中心', of('portal'), siteId),
  ].filter((item): item is Item => item !== null);
}

/** The menu key of the current location: the longest entry path that prefixes it. */
export function selectedKey(items: Item[], pathname: string): string[] {
  const keys = items.flatMap((item) => ((item as { children?: Item[] }).children ?? []).map((child) => String(child?.key)));
  const match = keys.filter((key) => pathname === key || pathname.startsWith(`${key}/`)).sort((a, b) => b.length - a.length)[0];
  return match ? [match] : [];
}
