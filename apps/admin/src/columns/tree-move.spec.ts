import { canDrop, dropPlace, planMove, type TreeColumn } from './tree-move';

function column(id: number, sort: number, parentId: number | null = null, children: TreeColumn[] = []): TreeColumn {
  return { id, sort, parentId, children };
}

// 1 (10) ─ 11 (10), 12 (20)
// 2 (20)
// 3 (21)
// 4 (100) ─ 41 ─ 411 ─ 4111
const tree = (): TreeColumn[] => [
  column(1, 10, null, [column(11, 10, 1), column(12, 20, 1)]),
  column(2, 20),
  column(3, 21),
  column(4, 100, null, [column(41, 10, 4, [column(411, 10, 41, [column(4111, 10, 411)])])]),
];

describe('moving a column in the tree', () => {
  it('reads antd’s drop: on a node or right below an open parent means first child', () => {
    expect(dropPlace(0, false, false)).toBe('firstChild');
    expect(dropPlace(1, true, true)).toBe('firstChild');
    expect(dropPlace(1, true, false)).toBe('after');
    expect(dropPlace(-1, true, true)).toBe('before');
  });

  it('puts the column between its new neighbours when there is room', () => {
    expect(planMove(tree(), 4, 1, 'after')).toEqual([{ id: 4, sort: 15 }]);
    expect(planMove(tree(), 3, 1, 'before')).toEqual([{ id: 3, sort: 5 }]);
    expect(planMove(tree(), 1, 4, 'after')).toEqual([{ id: 1, sort: 110 }]);
  });

  it('renumbers the siblings in tens when there is no room between the neighbours', () => {
    expect(planMove(tree(), 4, 2, 'after')).toEqual([
      { id: 3, sort: 40 },
      { id: 4, sort: 30 },
    ]);
  });

  it('gives a column a new parent', () => {
    expect(planMove(tree(), 2, 1, 'firstChild')).toEqual([{ id: 2, parentId: 1, sort: 5 }]);
    expect(planMove(tree(), 12, 3, 'after')).toEqual([{ id: 12, parentId: null, sort: 61 }]);
    expect(planMove(tree(), 12, 2, 'after')).toEqual([
      { id: 3, sort: 40 },
      { id: 4, sort: 50 },
      { id: 12, parentId: null, sort: 30 },
    ]);
    expect(planMove(tree(), 11, 3, 'firstChild')).toEqual([{ id: 11, parentId: 3, sort: 10 }]);
  });

  it('does nothing when the column stays where it is', () => {
    expect(planMove(tree(), 2, 1, 'after')).toEqual([]);
    expect(planMove(tree(), 2, 3, 'before')).toEqual([]);
    expect(planMove(tree(), 11, 1, 'firstChild')).toEqual([]);
  });

  it('refuses drops into the column itself or deeper than four levels', () => {
    expect(canDrop(tree(), 4, 411, 'firstChild')).toBe(false);
    expect(canDrop(tree(), 1, 411, 'after')).toBe(true); // level 3, its children at 4
    expect(canDrop(tree(), 1, 4111, 'after')).toBe(false); // its children would be at level 5
    expect(canDrop(tree(), 2, 4111, 'after')).toBe(true);
    expect(canDrop(tree(), 2, 4111, 'firstChild')).toBe(false);
    expect(planMove(tree(), 1, 4111, 'after')).toEqual([]);
  });
});
