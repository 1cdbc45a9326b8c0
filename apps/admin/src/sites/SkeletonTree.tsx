import { LockOutlined } from '@ant-design/icons';
import { Space, Tag, Tree, type TreeDataNode } from 'antd';
import type { components } from '../api/schema';
import { KIND_NAMES } from '../columns/kinds';

type SkeletonColumn = components['schemas']['SkeletonColumnDto'];

function nodes(columns: SkeletonColumn[], parent = ''): TreeDataNode[] {
  return columns.map((column) => {
    const path = parent ? `${parent}/${column.slug}` : column.slug;
    return {
      key: path,
      icon: <LockOutlined aria-hidden />,
      title: (
        <Space size={6}>
          {column.name}
          <Tag style={{ marginInlineEnd: 0 }}>{KIND_NAMES[column.kind]}</Tag>
          <span style={{ color: '#8c8c8c', fontSize: 12 }}>/{path}/</span>
        </Space>
      ),
      children: nodes(column.children ?? [], path),
    };
  });
}

function keys(columns: SkeletonColumn[], parent = ''): string[] {
  return columns.flatMap((column) => {
    const path = parent ? `${parent}/${column.slug}` : column.slug;
    return [path, ...keys(column.children ?? [], path)];
  });
}

/** The standard columns (统一栏目) a new site of a kind gets, as a read-only tree. */
export function SkeletonTree({ columns }: { columns: SkeletonColumn[] }) {
  return <Tree aria-label="统一栏目" showIcon selectable={false} treeData={nodes(columns)} defaultExpandedKeys={keys(columns)} />;
}
