import { App, Tree, type TreeDataNode } from 'antd';
import type { Key } from 'react';
import type { SiteChains } from '../review-chains/steps';
import { ColumnTitle } from './ColumnTitle';
import { useMoveColumn, type Column } from './queries';
import { canDrop, dropPlace, planMove, type DropPlace } from './tree-move';

interface Node extends TreeDataNode {
  column: Column;
  children: Node[];
}

function nodes(columns: Column[]): Node[] {
  return columns.map((column) => ({ key: column.id, title: column.name, column, children: nodes(column.children) }));
}

const RELATIVE: Record<number, DropPlace> = { [-1]: 'before', 0: 'firstChild', 1: 'after' };

interface Props {
  siteId: number;
  columns: Column[];
  chains: SiteChains | undefined;
  editable: boolean;
  selected: number | null;
  onSelect: (columnId: number | null) => void;
  expanded: Key[];
  onExpand: (keys: Key[]) => void;
}

/**
 * The column tree. Site admins drag a column to reorder it or give it another parent; standard
 * columns (统一栏目) stay where they are.
 */
export function ColumnTree({ siteId, columns, chains, editable, selected, onSelect, expanded, onExpand }: Props) {
  const { message } = App.useApp();
  const move = useMoveColumn(siteId);
  const openWithChildren = (node: Node) => node.children.length > 0 && expanded.includes(node.key);

  async function drop(dragId: number, target: Node, place: DropPlace) {
    const patches = planMove(columns, dragId, target.column.id, place);
    if (!patches.length) return;
    try {
      await move.mutateAsync(patches);
      if (place === 'firstChild') onExpand([...new Set([...expanded, target.key])]);
      message.success('栏目位置已调整');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '移动失败');
    }
  }

  return (
    <Tree<Node>
      aria-label="栏目树"
      blockNode
      showLine
      disabled={move.isPending}
      treeData={nodes(columns)}
      titleRender={(node) => <ColumnTitle column={node.column} chains={chains} />}
      selectedKeys={selected === null ? [] : [selected]}
      onSelect={(keys) => onSelect(keys.length ? Number(keys[0]) : null)}
      expandedKeys={expanded}
      onExpand={(keys) => onExpand(keys)}
      // Every node must be draggable to be a drop target (rc-tree); a standard column refuses to be
      // picked up (ColumnTitle) and could not land anywhere if it were.
      draggable={editable && { icon: false }}
      allowDrop={({ dragNode, dropNode, dropPosition }) => {
        if (dragNode.column.required) return false;
        const place = dropPosition === 1 && openWithChildren(dropNode) ? 'firstChild' : RELATIVE[dropPosition];
        return canDrop(columns, dragNode.column.id, dropNode.column.id, place);
      }}
      onDrop={(info) => {
        const target = info.node as unknown as Node;
        const relative = info.dropPosition - Number(info.node.pos.split('-').at(-1));
        void drop(Number(info.dragNode.key), target, dropPlace(relative, info.dropToGap, openWithChildren(target)));
      }}
    />
  );
}
