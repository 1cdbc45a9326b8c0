/** The fields of a column a move needs. */
export interface TreeColumn {
  id: number;
  parentId: number | null;
  sort: number;
  children: TreeColumn[];
}

/** Where a dragged column lands relative to the column it is dropped on. */
export type DropPlace = 'before' | 'after' | 'firstChild';

/** One PATCH of a move: the moved column last, with its new parent when that changes. */
export interface ColumnPatch {
  id: number;
  parentId?: number | null;
  sort: number;
}

/** How deep a column tree may go (the API's COLUMN_MAX_DEPTH). */
export const MAX_DEPTH = 4;

interface Found {
  node: TreeColumn;
  /** The list it is in (its parent's children, or the roots). */
  siblings: TreeColumn[];
  parent: TreeColumn | null;
  depth: number;
}

function find(roots: TreeColumn[], id: number, parent: TreeColumn | null = null, depth = 1): Found | null {
  for (const node of roots) {
    if (node.id === id) return { node, siblings: roots, parent, depth };
    const inside = find(node.children, id, node, depth + 1);
    if (inside) return inside;
  }
  return null;
}

function height(node: TreeColumn): number {
  return 1 + Math.max(0, ...node.children.map(height));
}

function contains(node: TreeColumn, id: number): boolean {
  return node.id === id || node.children.some((child) => contains(child, id));
}

/**
 * The place antd's Tree means by a drop: on the node itself, or in the gap right below an
 * expanded node with children, the column becomes its first child; otherwise a sibling.
 * `relative` is -1 (above), 0 (on) or 1 (below).
 */
export function dropPlace(relative: number, dropToGap: boolean, targetOpenWithChildren: boolean): DropPlace {
  if (!dropToGap || (relative === 1 && targetOpenWithChildren)) return 'firstChild';
  return relative === -1 ? 'before' : 'after';
}

/** The new parent and the list the column joins, or null if the drop is impossible. */
function destination(roots: TreeColumn[], dragId: number, targetId: number, place: DropPlace) {
  const dragged = find(roots, dragId);
  const target = find(roots, targetId);
  if (!dragged || !target || contains(dragged.node, targetId)) return null;
  const parent = place === 'firstChild' ? target.node : target.parent;
  const parentDepth = place === 'firstChild' ? target.depth : target.depth - 1;
  if (parentDepth + height(dragged.node) > MAX_DEPTH) return null;
  const list = (place === 'firstChild' ? target.node.children : target.siblings).filter((node) => node.id !== dragId);
  const index = place === 'firstChild' ? 0 : list.findIndex((node) => node.id === targetId) + (place === 'after' ? 1 : 0);
  return { dragged, parent, list, index };
}

/** Whether a column may be dropped there: not into itself, and within the depth limit. */
export function canDrop(roots: TreeColumn[], dragId: number, targetId: number, place: DropPlace): boolean {
  return destination(roots, dragId, targetId, place) !== null;
}

/**
 * The PATCHes that move a column: a `sort` between its new neighbours (siblings are ordered by
 * sort, then id), or, when there is no room between them, the whole list renumbered in tens.
 * Empty when the column stays where it is.
 */
export function planMove(roots: TreeColumn[], dragId: number, targetId: number, place: DropPlace): ColumnPatch[] {
  const found = destination(roots, dragId, targetId, place);
  if (!found) return [];
  const { dragged, parent, list, index } = found;
  const parentId = parent?.id ?? null;
  const sameParent = parentId === dragged.node.parentId;
  const order = [...list.slice(0, index), dragged.node, ...list.slice(index)];
  if (sameParent && order.every((node, i) => node === dragged.siblings[i])) return [];
  const moved = (sort: number): ColumnPatch => (sameParent ? { id: dragId, sort } : { id: dragId, parentId, sort });
  const prev = list[index - 1];
  const next = list[index];
  if (!next) return [moved(prev ? prev.sort + 10 : dragged.node.sort)];
  const low = prev ? prev.sort : -1;
  if (next.sort - low >= 2) return [moved(low + Math.ceil((next.sort - low) / 2))];
  const renumbered = order
    .map((node, i) => ({ node, sort: (i + 1) * 10 }))
    .filter(({ node, sort }) => node.id !== dragId && node.sort !== sort)
    .map(({ node, sort }) => ({ id: node.id, sort }));
  return [...renumbered, moved((index + 1) * 10)];
}
