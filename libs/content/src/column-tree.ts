import type { SiteColumn } from './column.entity';

export interface ColumnNode {
  id: number;
  parentId: number | null;
  name: string;
  slug: string;
  path: string;
  kind: SiteColumn['kind'];
  required: boolean;
  sort: number;
  description: string;
  keywords: string;
  linkUrl: string;
  children: ColumnNode[];
}

export function columnNode(column: SiteColumn): ColumnNode {
  const { id, parentId, name, slug, path, kind, required, sort, description, keywords, linkUrl } = column;
  return { id, parentId, name, slug, path, kind, required, sort, description, keywords, linkUrl, children: [] };
}

/** Builds the column forest, siblings ordered by `sort` then id. */
export function buildColumnTree(columns: SiteColumn[]): ColumnNode[] {
  const nodes = new Map(columns.map((column) => [column.id, columnNode(column)]));
  const roots: ColumnNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const order = (list: ColumnNode[]) => {
    list.sort((a, b) => a.sort - b.sort || a.id - b.id);
    list.forEach((node) => order(node.children));
  };
  order(roots);
  return roots;
}

/** The ids of a column and all its descendants. */
export function subtreeIds(columns: Pick<SiteColumn, 'id' | 'parentId'>[], rootId: number): number[] {
  const ids = [rootId];
  for (let i = 0; i < ids.length; i++) {
    for (const column of columns) if (column.parentId === ids[i]) ids.push(column.id);
  }
  return ids;
}
