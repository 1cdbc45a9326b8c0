import type { ColumnNode } from './queries';

export interface ColumnOption {
  value: number;
  title: string;
  disabled?: boolean;
  children: ColumnOption[];
}

/** The site's columns for a TreeSelect; `writable` disables the link columns, which hold no articles. */
export function columnOptions(nodes: readonly ColumnNode[], writable = false): ColumnOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    ...(writable && node.kind === 'link' ? { disabled: true } : {}),
    children: columnOptions(node.children, writable),
  }));
}

/** Every column by id (name and path), from the tree. */
export function columnsById(nodes: readonly ColumnNode[], into = new Map<number, ColumnNode>()): Map<number, ColumnNode> {
  for (const node of nodes) {
    into.set(node.id, node);
    columnsById(node.children, into);
  }
  return into;
}

/** 信息公开 columns (under `xxgk`) carry the disclosure fields (libs/content disclosure-index.ts). */
export function isDisclosureColumn(column: Pick<ColumnNode, 'path'> | undefined): boolean {
  return !!column && (column.path === 'xxgk' || column.path.startsWith('xxgk/'));
}
