import { App, Form, Modal } from 'antd';
import { showFormErrors } from '../ui/form-errors';
import { DisplayNameField } from './NewAccountModal';
import { OfficeField } from './OfficeField';
import { useUpdatePlatformUser, type Office, type PlatformUser } from './queries';

interface Values {
  displayName: string;
  office: Office | null;
}

/** Changes an account's display name and office (党群/政府 for 两办 reviewers). */
export function EditUserModal({ user, onClose }: { user: PlatformUser | null; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdatePlatformUser();

  async function submit(values: Values) {
    if (!user) return;
    try {
      await update.mutateAsync({ userId: user.id, displayName: values.displayName.trim(), office: values.office ?? null });
      message.success(`已保存 ${user.username}`);
      onClose();
    } catch (error) {
      showFormErrors(form, error, ['displayName', 'office'], message.error);
    }
  }

  return (
    <Modal
      open={user !== null}
      title={user ? `编辑 ${user.username}` : ''}
      okText="保存"
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {user && (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ displayName: user.displayName, office: user.office }}
          onFinish={submit}
          requiredMark={false}
          preserve={false}
        >
          <DisplayNameField />
          <OfficeField
            required={user.grants.some((grant) => grant.role === 'portal_reviewer')}
            extra="两办审核人员所属办公室(必填);其他账号留空"
          />
        </Form>
      )}
    </Modal>
  );
}
