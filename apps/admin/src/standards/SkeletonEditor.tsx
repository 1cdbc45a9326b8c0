import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Form, Input, Select, Space, Tag, Tree, type TreeDataNode } from 'antd';
import { useId, useState } from 'react';
import type { SkeletonColumn } from './profile';
import { appendChild, keyPath, moveNode, nodeAt, pathKey, removeNode, updateNode, type TreePath } from './skeleton-tree';

const KINDS = [
  { value: 'list', label: '列表' },
  { value: 'page', label: '单页' },
  { value: 'link', label: '链接' },
];
const SLUG = /^[a-z0-9-]{1,50}$/;
/** Columns may nest four levels deep (paths are limited), skeleton and units' own alike. */
const MAX_DEPTH = 4;

function treeData(nodes: SkeletonColumn[], parent: TreePath = []): TreeDataNode[] {
  return nodes.map((node, index) => {
    const path = [...parent, index];
    return {
      key: pathKey(path),
      title: (
        <span>
          {node.name || '(未命名)'} <span style={{ color: '#666' }}>/{node.slug}</span>
          {node.kind !== 'list' && <Tag style={{ marginInlineStart: 6 }}>{KINDS.find((kind) => kind.value === node.kind)?.label}</Tag>}
        </span>
      ),
      children: treeData(node.children ?? [], path),
    };
  });
}

function allKeys(nodes: TreeDataNode[]): string[] {
  return nodes.flatMap((node) => [String(node.key), ...allKeys(node.children ?? [])]);
}

function freshColumn(siblings: SkeletonColumn[]): SkeletonColumn {
  let n = siblings.length + 1;
  while (siblings.some((node) => node.slug === `lm${n}`)) n++;
  return { name: '新栏目', slug: `lm${n}`, kind: 'list' };
}

interface Props {
  id?: string;
  value?: SkeletonColumn[];
  onChange?: (value: SkeletonColumn[]) => void;
}

/** 统一栏目 of one kind of site as a tree: select a column to rename it, add, move or remove columns. */
export function SkeletonEditor({ id, value = [], onChange }: Props) {
  const [selected, setSelected] = useState<TreePath | null>(null);
  const node = selected ? nodeAt(value, selected) : undefined;
  const data = treeData(value);
  const change = (tree: SkeletonColumn[], path: TreePath | null) => {
    onChange?.(tree);
    setSelected(path);
  };
  const add = (parent: TreePath) =>
    change(...appendChild(value, parent, freshColumn(parent.length ? (nodeAt(value, parent)?.children ?? []) : value)));
  const siblings = selected && selected.length > 1 ? (nodeAt(value, selected.slice(0, -1))?.children ?? []) : value;

  return (
    <Flex vertical gap={12} id={id}>
      <Card size="small" styles={{ body: { maxHeight: 320, overflow: 'auto' } }}>
        {value.length ? (
          <Tree
            aria-label="栏目树"
            blockNode
            showLine
            switcherIcon={null}
            expandedKeys={allKeys(data)}
            treeData={data}
            selectedKeys={selected ? [pathKey(selected)] : []}
            onSelect={(keys) => setSelected(keys.length ? keyPath(String(keys[0])) : null)}
          />
        ) : (
          <Empty description="还没有栏目" />
        )}
      </Card>
      <Space wrap>
        <Button icon={<PlusOutlined />} onClick={() => add([])}>
          添加一级栏目
        </Button>
        <Button icon={<PlusOutlined />} disabled={!selected || selected.length >= MAX_DEPTH} onClick={() => selected && add(selected)}>
          添加子栏目
        </Button>
        <Button
          icon={<ArrowUpOutlined />}
          disabled={!selected || selected[selected.length - 1] === 0}
          onClick={() => selected && change(...moveNode(value, selected, -1))}
        >
          上移
        </Button>
        <Button
          icon={<ArrowDownOutlined />}
          disabled={!selected || selected[selected.length - 1] >= siblings.length - 1}
          onClick={() => selected && change(...moveNode(value, selected, 1))}
        >
          下移
        </Button>
        <Button danger icon={<DeleteOutlined />} disabled={!selected} onClick={() => selected && change(removeNode(value, selected), null)}>
          删除栏目
        </Button>
      </Space>
      {node && selected && <ColumnFields column={node} onChange={(patch) => onChange?.(updateNode(value, selected, patch))} />}
    </Flex>
  );
}

/** The selected column's own fields (its children stay as they are). */
function ColumnFields({ column, onChange }: { column: SkeletonColumn; onChange: (patch: Partial<SkeletonColumn>) => void }) {
  const id = useId();
  const nameError = column.name.trim() ? undefined : '栏目名称不能为空';
  const slugError = SLUG.test(column.slug) ? undefined : '1–50 个小写字母、数字或连字符';
  return (
    <Card size="small" title={`栏目「${column.name || '未命名'}」`}>
      <Form layout="vertical" component="div">
        <Flex gap={12}>
          <Form.Item label="栏目名称" htmlFor={`${id}-name`} style={{ flex: 1 }} validateStatus={nameError && 'error'} help={nameError}>
            <Input id={`${id}-name`} value={column.name} maxLength={50} onChange={(event) => onChange({ name: event.target.value })} />
          </Form.Item>
          <Form.Item label="目录名(slug)" htmlFor={`${id}-slug`} style={{ flex: 1 }} validateStatus={slugError && 'error'} help={slugError}>
            <Input
              id={`${id}-slug`}
              value={column.slug}
              maxLength={50}
              onChange={(event) => onChange({ slug: event.target.value.trim() })}
            />
          </Form.Item>
          <Form.Item label="类型" htmlFor={`${id}-kind`} style={{ width: 100 }}>
            <Select id={`${id}-kind`} value={column.kind} options={KINDS} onChange={(kind) => onChange({ kind })} />
          </Form.Item>
        </Flex>
        <Form.Item label="描述" htmlFor={`${id}-description`} style={{ marginBottom: 0 }}>
          <Input.TextArea
            id={`${id}-description`}
            value={column.description ?? ''}
            maxLength={200}
            autoSize={{ minRows: 1, maxRows: 3 }}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
