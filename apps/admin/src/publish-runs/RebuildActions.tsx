import { App, Button, Form, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useSites } from '../sites/queries';
import { useStartRebuild } from './queries';

/** 重建站点 (one site, chosen in a dialog) and 重建全部站点, each confirmed first. */
export function RebuildActions() {
  const { message, modal } = App.useApp();
  const start = useStartRebuild();
  const [choosing, setChoosing] = useState(false);

  async function rebuild(siteId: number | null) {
    try {
      await start.mutateAsync(siteId);
      message.success(siteId === null ? '已开始重建全部站点' : '已开始重建该站点');
      setChoosing(false);
    } catch (error) {
      message.error((error as Error).message);
    }
  }

  function confirmGroup() {
    modal.confirm({
      title: '重建全部站点?',
      content: '将重新生成站群所有站点的全部页面,站点较多时需要几分钟;期间网站照常访问。',
      okText: '开始重建',
      cancelText: '取消',
      onOk: () => rebuild(null),
    });
  }

  return (
    <Space>
      <Button onClick={() => setChoosing(true)}>重建站点…</Button>
      <Button type="primary" onClick={confirmGroup}>
        重建全部站点
      </Button>
      <SiteRebuildDialog open={choosing} busy={start.isPending} onCancel={() => setChoosing(false)} onConfirm={rebuild} />
    </Space>
  );
}

function SiteRebuildDialog(props: { open: boolean; busy: boolean; onCancel: () => void; onConfirm: (siteId: number) => void }) {
  const { data: sites, isPending } = useSites();
  const [form] = Form.useForm<{ siteId: number }>();
  return (
    <Modal
      title="重建站点"
      open={props.open}
      okText="开始重建"
      cancelText="取消"
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.validateFields().then(({ siteId }) => props.onConfirm(siteId))}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="siteId"
          label="站点"
          rules={[{ required: true, message: '请选择要重建的站点' }]}
          extra="将重新生成该站点的全部页面。"
        >
          <Select
            loading={isPending}
            placeholder="选择站点"
            showSearch={{ optionFilterProp: 'label' }}
            options={sites?.items.map((site) => ({ value: site.id, label: site.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
