import type { SkeletonColumn } from './profile';
import { appendChild, moveNode, nodeAt, removeNode, updateNode } from './skeleton-tree';

const tree: SkeletonColumn[] = [
  { name: '政务动态', slug: 'zwdt', kind: 'list', children: [{ name: '工作动态', slug: 'gzdt', kind: 'list' }] },
  { name: '信息公开', slug: 'xxgk', kind: 'list' },
];
const names = (nodes: SkeletonColumn[]) => nodes.map((node) => node.name);

describe('skeleton tree edits', () => {
  it('reads and changes a column by its path, leaving the original tree alone', () => {
    expect(nodeAt(tree, [0, 0])?.slug).toBe('gzdt');
    const renamed = updateNode(tree, [0, 0], { name: '部门动态', slug: 'bmdt' });
    expect(nodeAt(renamed, [0, 0])).toEqual({ name: '部门动态', slug: 'bmdt', kind: 'list' });
    expect(nodeAt(tree, [0, 0])?.name).toBe('工作动态');
    expect(renamed[1]).toBe(tree[1]);
  });

  it('adds columns at the top and under a column that had no children', () => {
    const [top, topPath] = appendChild(tree, [], { name: '专题', slug: 'zt', kind: 'list' });
    expect(topPath).toEqual([2]);
    expect(names(top)).toEqual(['政务动态', '信息公开', '专题']);
    const [nested, nestedPath] = appendChild(tree, [1], { name: '年报', slug: 'nb', kind: 'list' });
    expect(nestedPath).toEqual([1, 0]);
    expect(nodeAt(nested, nestedPath)?.name).toBe('年报');
  });

  it('removes a column with its children and moves columns among their siblings only', () => {
    expect(names(removeNode(tree, [0]))).toEqual(['信息公开']);
    const [moved, path] = moveNode(tree, [1], -1);
    expect(names(moved)).toEqual(['信息公开', '政务动态']);
    expect(path).toEqual([0]);
    expect(moveNode(tree, [0, 0], 1)).toEqual([tree, [0, 0]]);
    expect(names(tree)).toEqual(['政务动态', '信息公开']);
  });
});
