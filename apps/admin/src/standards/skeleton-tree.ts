import type { SkeletonColumn } from './profile';

/** A column's place in the tree: its index at each level from the top. */
export type TreePath = readonly number[];

/** The tree with the sibling list at `parent` replaced by `change(list)`; nothing else is copied. */
function withSiblings(
  tree: SkeletonColumn[],
  parent: TreePath,
  change: (siblings: SkeletonColumn[]) => SkeletonColumn[],
): SkeletonColumn[] {
  if (!parent.length) return change([...tree]);
  const [index, ...rest] = parent;
  return tree.map((node, i) => (i === index ? { ...node, children: withSiblings(node.children ?? [], rest, change) } : node));
}

export function nodeAt(tree: SkeletonColumn[], path: TreePath): SkeletonColumn | undefined {
  let nodes: SkeletonColumn[] | undefined = tree;
  let node: SkeletonColumn | undefined;
  for (const index of path) {
    node = nodes?.[index];
    nodes = node?.children;
  }
  return node;
}

export function updateNode(tree: SkeletonColumn[], path: TreePath, patch: Partial<SkeletonColumn>): SkeletonColumn[] {
  const index = path[path.length - 1];
  return withSiblings(tree, path.slice(0, -1), (siblings) => siblings.map((node, i) => (i === index ? { ...node, ...patch } : node)));
}

/** Adds `node` as the last child of `parent` (the top level for []); returns the tree and its path. */
export function appendChild(tree: SkeletonColumn[], parent: TreePath, node: SkeletonColumn): [SkeletonColumn[], TreePath] {
  const count = parent.length ? (nodeAt(tree, parent)?.children?.length ?? 0) : tree.length;
  return [withSiblings(tree, parent, (siblings) => [...siblings, node]), [...parent, count]];
}

export function removeNode(tree: SkeletonColumn[], path: TreePath): SkeletonColumn[] {
  const index = path[path.length - 1];
  return withSiblings(tree, path.slice(0, -1), (siblings) => siblings.filter((_, i) => i !== index));
}

/** Moves a column up (-1) or down (+1) among its siblings; returns the tree and its new path. */
export function moveNode(tree: SkeletonColumn[], path: TreePath, delta: -1 | 1): [SkeletonColumn[], TreePath] {
  const index = path[path.length - 1];
  const target = index + delta;
  const parent = path.slice(0, -1);
  const count = parent.length ? (nodeAt(tree, parent)?.children?.length ?? 0) : tree.length;
  if (target < 0 || target >= count) return [tree, path];
  const moved = withSiblings(tree, parent, (siblings) => {
    [siblings[index], siblings[target]] = [siblings[target], siblings[index]];
    return siblings;
  });
  return [moved, [...parent, target]];
}

/** A stable key of a path for antd Tree ("0-2-1"). */
export function pathKey(path: TreePath): string {
  return path.join('-');
}

export function keyPath(key: string): TreePath {
  return key.split('-').map(Number);
}
