import { App, Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { ROLE_NAMES } from '../auth/roles';
import type { Role } from '../auth/session';
import { showFormErrors } from '../ui/form-errors';
import { SITE_ROLES, USERNAME_RULES } from './names';
import { NewAccountModal, type CreatedAccount } from './NewAccountModal';
import { useCreateSiteUser } from './queries';

interface Values {
  username: string;
  displayName: string;
  roles: Role[];
}

/** Creates an account of the site with its roles there; its initial password is shown once. */
export function CreateSiteUserModal({ siteId, open, onClose }: { siteId: number; open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateSiteUser(siteId);
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  async function submit(values: Values) {
    try {
      setCreated(await create.mutateAsync({ ...values, displayName: values.displayName.trim() }));
    } catch (error) {
      showFormErrors(form, error, ['username', 'displayName', 'roles'], message.error, 'username');
    }
  }

  function close() {
    setCreated(null);
    onClose();
  }

  return (
    <NewAccountModal
      title="新建本站账号"
      open={open}
      created={created}
      pending={create.isPending}
      onCreate={() => form.submit()}
      onClose={close}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ roles: ['editor'] }}
        onFinish={submit}
        requiredMark={false}
        preserve={false}
      >
        <Form.Item label="用户名" name="username" rules={USERNAME_RULES}>
          <Input maxLength={64} autoComplete="off" placeholder="如 jyj_zhangsan" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="本站角色" name="roles" rules={[{ required: true, message: '请至少选择一个角色' }]}>
          <Checkbox.Group options={SITE_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }))} />
        </Form.Item>
      </Form>
    </NewAccountModal>
  );
}
