import { Form, Input, Modal } from 'antd';

const LINK = /^(https?:\/\/\S+|\/\S*|mailto:\S+|tel:[\d+-]+)$/;

/** Asks for a link's address: a full http(s) URL, a site path (`/…`), mailto: or tel:. */
export function LinkDialog({
  open,
  initial,
  onClose,
  onSubmit,
}: {
  open: boolean;
  initial: string;
  onClose(): void;
  onSubmit(href: string): void;
}) {
  const [form] = Form.useForm<{ href: string }>();
  return (
    <Modal
      title="插入链接"
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="确定"
      destroyOnHidden
      afterOpenChange={(visible) => visible && form.setFieldsValue({ href: initial })}
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={({ href }) => {
          onSubmit(href.trim());
          onClose();
        }}
      >
        <Form.Item
          name="href"
          label="链接地址"
          rules={[
            { required: true, message: '请输入链接地址' },
            { pattern: LINK, message: '请输入以 http:// 或 https:// 开头的网址,或以 / 开头的站内地址' },
          ]}
        >
          <Input placeholder="https://www.gov.cn/" autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
