import type { SiteColumn } from '@zhanqun/content';
import type { StandardsProfile } from '@zhanqun/standards';
import type { GovLinkGroupView } from '@zhanqun/templating';
import type { Site } from '@zhanqun/tenancy';

/** Everything about one site that any of its pages needs, apart from article content. */
export interface SiteSnapshot {
  site: Site;
  primaryHost: string;
  /** `http://jyj.zhanqun.localhost:8080` — no trailing slash. */
  origin: string;
  /** The portal's origin (统一入口); its name in every identity header is the profile's `portalName`. */
  portalOrigin: string;
  profile: StandardsProfile;
  profileVersion: number;
  columns: SiteColumn[];
  columnsById: Map<number, SiteColumn>;
  childrenOf: Map<number | null, SiteColumn[]>;
  /** 政府网站链接 shown in the footer. */
  govLinks: GovLinkGroupView[];
}

export function indexColumns(columns: SiteColumn[]): Pick<SiteSnapshot, 'columnsById' | 'childrenOf'> {
  const sorted = [...columns].sort((a, b) => a.sort - b.sort || a.id - b.id);
  const childrenOf = new Map<number | null, SiteColumn[]>();
  for (const column of sorted) {
    const siblings = childrenOf.get(column.parentId) ?? [];
    siblings.push(column);
    childrenOf.set(column.parentId, siblings);
  }
  return { columnsById: new Map(sorted.map((column) => [column.id, column])), childrenOf };
}

/** A column and all its descendants' ids (a list page shows its whole subtree). */
export function subtreeOf(snapshot: SiteSnapshot, columnId: number): number[] {
  const ids = [columnId];
  const seen = new Set(ids); // a damaged tree with a loop must not grow this forever
  for (let i = 0; i < ids.length; i++) {
    for (const child of snapshot.childrenOf.get(ids[i]) ?? []) {
      if (!seen.has(child.id)) {
        seen.add(child.id);
        ids.push(child.id);
      }
    }
  }
  return ids;
}

/** The column and its ancestors, root first. */
export function ancestryOf(snapshot: SiteSnapshot, columnId: number): SiteColumn[] {
  const chain: SiteColumn[] = [];
  for (let column = snapshot.columnsById.get(columnId); column && !chain.includes(column);) {
    chain.unshift(column);
    column = column.parentId === null ? undefined : snapshot.columnsById.get(column.parentId);
  }
  return chain;
}
