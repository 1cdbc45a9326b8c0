import type { Column, ColumnKind } from './queries';

export const KIND_NAMES: Record<ColumnKind, string> = { list: '列表', page: '单页', link: '外链' };
export const KIND_COLORS: Record<ColumnKind, string> = { list: 'blue', page: 'geekblue', link: 'magenta' };
export const KIND_OPTIONS = (Object.keys(KIND_NAMES) as ColumnKind[]).map((kind) => ({
  value: kind,
  label: { list: '列表栏目(文章列表)', page: '单页栏目(一篇内容)', link: '外链栏目(跳转到网址)' }[kind],
}));

export const LOCKED_HINT = '统一栏目,不可删除或移动';

/** Every column of the tree, depth first. */
export function flattenColumns(roots: Column[]): Column[] {
  return roots.flatMap((column) => [column, ...flattenColumns(column.children)]);
}

/** How deep a column is: 1 for a first-level column. */
export function depthOf(column: Pick<Column, 'path'>): number {
  return column.path.split('/').length;
}
