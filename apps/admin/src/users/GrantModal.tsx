import { App, Form, Modal } from 'antd';
import { RoleSitesFields, grantsOf, type RoleSites } from './RoleSitesFields';
import { useGrant, type PlatformUser } from './queries';

/** Grants an existing account a role on one or more sites (or platform admin). */
export function GrantModal({ user, onClose }: { user: PlatformUser | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RoleSites>();
  const grant = useGrant();

  async function submit(values: RoleSites) {
    if (!user) return;
    try {
      await grant.mutateAsync({ userId: user.id, grants: grantsOf(values) });
      message.success(`已为 ${user.username} 授权`);
      onClose();
    } catch (error) {
      message.error(error instanceof Error ? error.message : '授权失败');
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? `为 ${user.displayName}(${user.username})授权` : ''}
      okText="授权"
      confirmLoading={grant.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RoleSites> form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <RoleSitesFields required />
      </Form>
    </Modal>
  );
}
