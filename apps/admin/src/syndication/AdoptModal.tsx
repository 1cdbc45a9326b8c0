import { Alert, App, Checkbox, Form, Modal, Radio, Typography } from 'antd';
import type { AdoptionMode, Syndication } from './labels';
import { useAdopt } from './queries';

interface AdoptForm {
  mode: AdoptionMode;
  major: boolean;
  headline: 'source' | 'yes' | 'no';
}

const HEADLINE = { source: undefined, yes: true, no: false } as const;

/** Adopts a submission as a reference (follows the source) or a copy (the target site's own). */
export function AdoptModal({ item, onClose }: { item: Syndication | null; onClose: () => void }) {
  const [form] = Form.useForm<AdoptForm>();
  const { message } = App.useApp();
  const adopt = useAdopt();

  async function submit(values: AdoptForm) {
    if (!item) return;
    await adopt.mutateAsync({
      id: item.id,
      mode: values.mode,
      major: values.major,
      headline: HEADLINE[values.headline],
    });
    message.success(`已采用「${item.title}」,已发布到${item.targetSiteName}「${item.targetColumnName}」栏目`);
    close();
  }

  function close() {
    adopt.reset();
    onClose();
  }

  return (
    <Modal
      open={!!item}
      title="采用报送信息"
      okText="采用并发布"
      onOk={() => form.submit()}
      confirmLoading={adopt.isPending}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      {item && (
        <Typography.Paragraph>
          「{item.title}」({item.sourceUnit})将发布到{item.targetSiteName}的「{item.targetColumnName}」栏目,页面注明来源并链接原文。
        </Typography.Paragraph>
      )}
      <Form<AdoptForm>
        form={form}
        layout="vertical"
        initialValues={{ mode: 'reference', major: false, headline: 'source' }}
        onFinish={(values) => submit(values).catch(() => undefined)}
      >
        <Form.Item label="采用方式" name="mode">
          <Radio.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={[
              { value: 'reference', label: '引用:原文之后的修改会自动同步,原文下线时本站的也随之下线' },
              { value: 'copy', label: '复制:保存为本站自己的文章,可以自行编辑,不再随原文变化' },
            ]}
          />
        </Form.Item>
        <Form.Item label="头条" name="headline">
          <Radio.Group
            options={[
              { value: 'source', label: '与原文一致' },
              { value: 'yes', label: '设为头条' },
              { value: 'no', label: '不设为头条' },
            ]}
          />
        </Form.Item>
        <Form.Item name="major" valuePropName="checked" extra="头条、重大新闻和图片新闻按稿酬标准另计奖励。">
          <Checkbox>重大新闻</Checkbox>
        </Form.Item>
      </Form>
      {adopt.error && <Alert type="error" showIcon role="alert" title={adopt.error.message} />}
    </Modal>
  );
}
