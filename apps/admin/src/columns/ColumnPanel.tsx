import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Divider, Flex, Form, Popconfirm, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { ChainSteps } from '../review-chains/ChainSteps';
import { effectiveChain, SOURCE_NAMES, type SiteChains } from '../review-chains/steps';
import { showFormErrors } from '../ui/form-errors';
import { COLUMN_FIELDS, ColumnFields } from './ColumnFields';
import { depthOf, flattenColumns, KIND_NAMES, LOCKED_HINT } from './kinds';
import { useDeleteColumn, useMoveColumn, useUpdateColumn, type Column, type ColumnFields as Fields } from './queries';
import { MAX_DEPTH, planMove, type DropPlace } from './tree-move';

interface Props {
  siteId: number;
  column: Column;
  tree: Column[];
  chains: SiteChains | undefined;
  editable: boolean;
  onAddChild: (parent: Column) => void;
  onDeleted: () => void;
}

/** The selected column: its details and chain; site admins edit, move (also by keyboard) and delete it. */
export function ColumnPanel({ siteId, column, tree, chains, editable, onAddChild, onDeleted }: Props) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Fields>();
  const update = useUpdateColumn(siteId);
  const remove = useDeleteColumn(siteId);
  const move = useMoveColumn(siteId);
  const [target, setTarget] = useState<number | 'root' | undefined>();
  const chain = chains ? effectiveChain(chains, column.id) : null;
  const siblings = column.parentId === null ? tree : (flattenColumns(tree).find((c) => c.id === column.parentId)?.children ?? []);
  const index = siblings.findIndex((c) => c.id === column.id);

  async function save(values: Fields) {
    const changed = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== column[key as keyof Column]));
    if (!Object.keys(changed).length) return void message.info('没有需要保存的修改');
    try {
      await update.mutateAsync({ columnId: column.id, body: changed });
      message.success('栏目已保存');
    } catch (error) {
      showFormErrors(form, error, COLUMN_FIELDS, message.error, (text) =>
        text.includes('slug') ? 'slug' : text.includes('外链') ? 'kind' : undefined,
      );
    }
  }

  async function moveTo(targetId: number, place: DropPlace) {
    try {
      await move.mutateAsync(planMove(tree, column.id, targetId, place));
      message.success('栏目位置已调整');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '移动失败');
    }
  }

  /** Moves under another column (as its last child) or to the top level (last). */
  function moveUnder(parentId: number | 'root') {
    const children = parentId === 'root' ? tree : (flattenColumns(tree).find((c) => c.id === parentId)?.children ?? []);
    const last = children.filter((c) => c.id !== column.id).at(-1);
    if (last) void moveTo(last.id, 'after');
    else if (parentId !== 'root') void moveTo(parentId, 'firstChild');
    setTarget(undefined);
  }

  async function destroy() {
    try {
      await remove.mutateAsync(column.id);
      message.success(`已删除栏目「${column.name}」`);
      onDeleted();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '删除失败');
    }
  }

  const locked = column.required;
  const parentOptions = [
    { value: 'root' as const, label: '(作为一级栏目)' },
    ...flattenColumns(tree)
      .filter((c) => !c.path.startsWith(`${column.path}/`) && c.id !== column.id && depthOf(c) < MAX_DEPTH)
      .map((c) => ({ value: c.id, label: `${'— '.repeat(depthOf(c) - 1)}${c.name}` })),
  ];

  return (
    <Card title={`栏目:${column.name}`} size="small">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'path', label: '访问路径', children: `/${column.path}/` },
          { key: 'kind', label: '类型', children: KIND_NAMES[column.kind] },
          ...(column.kind === 'link' ? [{ key: 'link', label: '链接地址', children: column.linkUrl }] : []),
          ...(chain && column.kind !== 'link'
            ? [{ key: 'chain', label: `审核流程(${SOURCE_NAMES[chain.source]})`, children: <ChainSteps steps={chain.steps} /> }]
            : []),
          ...(locked ? [{ key: 'locked', label: '限制', children: LOCKED_HINT }] : []),
        ]}
      />
      {editable && (
        <>
          <Divider style={{ margin: '12px 0' }} />
          <Flex gap={8} wrap>
            <Tooltip title={locked ? LOCKED_HINT : undefined}>
              <Space.Compact>
                <Button
                  icon={<ArrowUpOutlined />}
                  disabled={locked || index <= 0 || move.isPending}
                  onClick={() => void moveTo(siblings[index - 1].id, 'before')}
                >
                  上移
                </Button>
                <Button
                  icon={<ArrowDownOutlined />}
                  disabled={locked || index === siblings.length - 1 || move.isPending}
                  onClick={() => void moveTo(siblings[index + 1].id, 'after')}
                >
                  下移
                </Button>
              </Space.Compact>
            </Tooltip>
            <Button icon={<PlusOutlined />} disabled={depthOf(column) >= MAX_DEPTH} onClick={() => onAddChild(column)}>
              添加子栏目
            </Button>
            {locked ? (
              <Tooltip title={LOCKED_HINT}>
                <Button danger icon={<DeleteOutlined />} disabled>
                  删除栏目
                </Button>
              </Tooltip>
            ) : (
              <Popconfirm
                title={`删除栏目「${column.name}」?`}
                description="只能删除没有子栏目和文章的栏目"
                okText="删除"
                okButtonProps={{ danger: true }}
                onConfirm={destroy}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  删除栏目
                </Button>
              </Popconfirm>
            )}
          </Flex>
          {!locked && (
            <Space.Compact style={{ marginTop: 12, width: '100%' }}>
              <Select<number | 'root'>
                aria-label="移动到上级栏目"
                placeholder="移动到其他栏目下…"
                style={{ flex: 1 }}
                value={target}
                onChange={setTarget}
                options={parentOptions}
                showSearch={{ optionFilterProp: 'label' }}
              />
              <Button disabled={target === undefined || move.isPending} onClick={() => target !== undefined && moveUnder(target)}>
                移动
              </Button>
            </Space.Compact>
          )}
          <Divider style={{ margin: '12px 0' }} />
          <Form<Fields>
            key={column.id}
            form={form}
            name="column"
            layout="vertical"
            initialValues={column}
            onFinish={save}
            requiredMark={false}
          >
            <ColumnFields slugLocked={locked} />
            <Button type="primary" htmlType="submit" loading={update.isPending}>
              保存栏目
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
