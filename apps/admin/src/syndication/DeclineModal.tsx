import { Alert, App, Form, Input, Modal, Typography } from 'antd';
import { fieldMessages } from '../api/errors';
import type { Syndication } from './labels';
import { useDecline } from './queries';

/** Declines a submission; the reason is required and shown to the submitting unit. */
export function DeclineModal({ item, onClose }: { item: Syndication | null; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const { message } = App.useApp();
  const decline = useDecline();
  const { fields, rest } = fieldMessages(decline.error, ['reason']);

  async function submit({ reason }: { reason: string }) {
    if (!item) return;
    await decline.mutateAsync({ id: item.id, reason: reason.trim() });
    message.success(`已退回「${item.title}」`);
    close();
  }

  function close() {
    decline.reset();
    onClose();
  }

  return (
    <Modal
      open={!!item}
      title="退回报送信息"
      okText="退回"
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={decline.isPending}
      onCancel={close}
      destroyOnHidden
    >
      {item && (
        <Typography.Paragraph>
          退回「{item.title}」({item.sourceUnit}),退回理由会显示在该单位的报送记录中。
        </Typography.Paragraph>
      )}
      <Form<{ reason: string }> form={form} layout="vertical" onFinish={(values) => submit(values).catch(() => undefined)}>
        <Form.Item
          label="退回理由"
          name="reason"
          rules={[
            { required: true, whitespace: true, message: '请填写退回理由' },
            { max: 500, message: '退回理由最长 500 个字符' },
          ]}
          validateStatus={fields.reason ? 'error' : undefined}
          help={fields.reason}
        >
          <Input.TextArea rows={4} maxLength={500} showCount placeholder="例如:内容与栏目不符、信息已过时" />
        </Form.Item>
      </Form>
      {rest.length > 0 && <Alert type="error" showIcon role="alert" title={rest.join(';')} />}
    </Modal>
  );
}
