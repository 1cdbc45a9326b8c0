import { Alert, App, Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect } from 'react';
import { fieldMessages } from '../api/errors';
import { GROUPS } from './groups';
import { useSaveGovLink, type GovLink, type GovLinkFields } from './queries';

const FIELDS = ['name', 'url', 'group', 'sort'] as const;

/** Adds a link (`link` null) or edits one; the API's validation messages show at their fields. */
export function LinkFormModal({ open, link, onClose }: { open: boolean; link: GovLink | null; onClose: () => void }) {
  const [form] = Form.useForm<GovLinkFields>();
  const { message } = App.useApp();
  const save = useSaveGovLink();
  const { rest } = fieldMessages(save.error, FIELDS);

  useEffect(() => {
    if (open) form.setFieldsValue(link ?? { name: '', url: 'https://', group: 'higher', sort: 0 });
  }, [open, link, form]);

  async function submit(values: GovLinkFields) {
    try {
      await save.mutateAsync({ ...values, name: values.name.trim(), url: values.url.trim(), id: link?.id });
      message.success(link ? '链接已保存,各站点页脚将重新生成' : '链接已添加,各站点页脚将重新生成');
      close();
    } catch (error) {
      const { fields } = fieldMessages(error, FIELDS);
      form.setFields(Object.entries(fields).map(([name, text]) => ({ name: name as keyof GovLinkFields, errors: [text] })));
    }
  }

  function close() {
    save.reset();
    onClose();
  }

  return (
    <Modal
      open={open}
      title={link ? '编辑链接' : '添加链接'}
      okText="保存"
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      onCancel={close}
      forceRender
    >
      <Form<GovLinkFields> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          label="网站名称"
          name="name"
          rules={[
            { required: true, whitespace: true, message: '请填写网站名称' },
            { max: 100, message: '网站名称最长 100 个字符' },
            { pattern: /^[^<>]*$/, message: '网站名称不能包含尖括号' },
          ]}
        >
          <Input placeholder="例如:中国政府网" maxLength={100} />
        </Form.Item>
        <Form.Item
          label="网址"
          name="url"
          rules={[
            { required: true, message: '请填写网址' },
            { max: 500, message: '网址最长 500 个字符' },
            { pattern: /^https?:\/\/[^\s/?#]+\S*$/i, message: '请填写以 http:// 或 https:// 开头的完整网址' },
          ]}
        >
          <Input placeholder="https://www.gov.cn/" maxLength={500} />
        </Form.Item>
        <Form.Item label="分组" name="group" extra="同级网站显示在页脚「本级政府网站」一组。">
          <Radio.Group options={GROUPS} />
        </Form.Item>
        <Form.Item label="排序" name="sort" extra="同一分组内数字小的在前(0–9999)。" rules={[{ required: true, message: '请填写排序号' }]}>
          <InputNumber min={0} max={9999} precision={0} />
        </Form.Item>
      </Form>
      {rest.length > 0 && <Alert type="error" showIcon role="alert" title={rest.join(';')} />}
    </Modal>
  );
}
