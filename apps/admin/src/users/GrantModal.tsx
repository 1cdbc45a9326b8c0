import { App, Form, Modal } from 'antd';
import { OfficeField } from './OfficeField';
import { RoleSitesFields, grantsOf, type RoleSites } from './RoleSitesFields';
import { useGrant, useUpdatePlatformUser, type Office, type PlatformUser } from './queries';

interface Values extends RoleSites {
  office?: Office;
}

/**
 * Grants an existing account a role on one or more sites (or platform admin). Making an account
 * without an office a 两办 reviewer asks for its office first, and sets it before granting.
 */
export function GrantModal({ user, onClose }: { user: PlatformUser | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const grant = useGrant();
  const update = useUpdatePlatformUser();

  async function submit({ office, ...values }: Values) {
    if (!user) return;
    try {
      if (office) await update.mutateAsync({ userId: user.id, displayName: user.displayName, office });
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
      confirmLoading={grant.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <RoleSitesFields required />
        {role === 'portal_reviewer' && !user?.office && (
          <OfficeField required extra="该账号还没有审核办公室:两办审核人员须属于党群或政府办公室,授权时一并设置" />
        )}
      </Form>
    </Modal>
  );
}
