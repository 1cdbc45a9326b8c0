import { App, Form, Modal, Typography } from 'antd';
import { showFormErrors } from '../ui/form-errors';
import { COLUMN_FIELDS, ColumnFields } from './ColumnFields';
import { useCreateColumn, type Column, type NewColumn } from './queries';

/** Adds a column at the top level or under `parent`. */
export function NewColumnModal({
  siteId,
  parent,
  open,
  onClose,
  onCreated,
}: {
  siteId: number;
  parent: Column | null;
  open: boolean;
  onClose: () => void;
  onCreated: (column: Column) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<NewColumn>();
  const create = useCreateColumn(siteId);

  async function submit(values: NewColumn) {
    try {
      const column = await create.mutateAsync({ ...values, name: values.name.trim(), parentId: parent?.id ?? null });
      message.success(`已新建栏目「${column.name}」`);
      form.resetFields();
      onCreated(column);
    } catch (error) {
      showFormErrors(form, error, COLUMN_FIELDS, message.error, 'slug');
    }
  }

  return (
    <Modal
      open={open}
      title={parent ? `在「${parent.name}」下新建子栏目` : '新建一级栏目'}
      okText="新建"
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {parent && (
        <Typography.Paragraph type="secondary">
          上级栏目:{parent.name}(/{parent.path}/)
        </Typography.Paragraph>
      )}
      <Form<NewColumn>
        form={form}
        layout="vertical"
        initialValues={{ kind: 'list' }}
        onFinish={submit}
        requiredMark={false}
        preserve={false}
      >
        <ColumnFields />
      </Form>
    </Modal>
  );
}
