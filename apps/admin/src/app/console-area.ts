import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '../auth/session';

/**
 * Where a screen lives: `site` screens are under /s/:siteId/ (the site switcher changes the id),
 * `global` ones at the top level (the review inbox), `portal` ones under /portal/ for the portal
 * center.
 */
export type Scope = 'site' | 'global' | 'portal';

export interface MenuEntry {
  scope: Scope;
  /** Path relative to the scope's root ('' for the scope's index). */
  path: string;
  label: string;
  icon?: ReactNode;
  /** Roles that see the entry (on the current site for `site` entries); none: every signed-in user. */
  roles?: Role[];
  /** Sort order within its scope's menu group. */
  order: number;
}

/** One domain folder's contribution to the console: its routes per scope and its menu entries. */
export interface ConsoleArea {
  routes: Partial<Record<Scope, RouteObject[]>>;
  menu: MenuEntry[];
}

/** A lazily loaded route whose module's default export is the screen. */
export function lazyRoute(path: string, load: () => Promise<{ default: React.ComponentType }>): RouteObject {
  return { path, lazy: async () => ({ Component: (await load()).default }) };
}
