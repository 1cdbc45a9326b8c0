import { Form, Modal, TreeSelect } from 'antd';
import { useState } from 'react';
import { useColumnTree, type Column } from '../columns/queries';
import { ChainEditor } from './ChainEditor';
import type { ReviewRole } from './steps';

function columnOptions(columns: Column[]): { value: number; title: string; children: ReturnType<typeof columnOptions> }[] {
  return columns.map((column) => ({ value: column.id, title: column.name, children: columnOptions(column.children) }));
}

interface Props {
  title: string;
  initial: ReviewRole[];
  /** Pick the column too (a new column override on this site). */
  pickColumnOf?: number;
  saving: boolean;
  onSave: (steps: ReviewRole[], columnId: number | null) => void;
  onClose: () => void;
}

/** Edits one chain in a dialog (rendered while editing): a site's or a column's, optionally choosing the column. */
export function ChainModal({ title, initial, pickColumnOf, saving, onSave, onClose }: Props) {
  const [steps, setSteps] = useState<ReviewRole[]>(initial);
  const [columnId, setColumnId] = useState<number | null>(null);
  const columns = useColumnTree(pickColumnOf ?? null);

  return (
    <Modal
      open
      title={title}
      okText="保存"
      okButtonProps={{ disabled: !!pickColumnOf && columnId === null }}
      confirmLoading={saving}
      onOk={() => onSave(steps, columnId)}
      onCancel={onClose}
    >
      {pickColumnOf && (
        <Form layout="vertical">
          <Form.Item label="栏目" required>
            <TreeSelect<number>
              aria-label="栏目"
              placeholder="选择栏目"
              loading={columns.isPending}
              value={columnId ?? undefined}
              onChange={setColumnId}
              treeData={columnOptions(columns.data?.items ?? [])}
              treeDefaultExpandAll
              showSearch={{ treeNodeFilterProp: 'title' }}
            />
          </Form.Item>
        </Form>
      )}
      <ChainEditor label="审核步骤" value={steps} onChange={setSteps} />
    </Modal>
  );
}
