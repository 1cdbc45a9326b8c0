import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { showFormErrors } from '../ui/form-errors';
import { OFFICE_OPTIONS, USERNAME_RULES } from './names';
import { NewAccountModal, type CreatedAccount } from './NewAccountModal';
import { useCreatePlatformUser, type Office } from './queries';
import { grantsOf, RoleSitesFields, type RoleSites } from './RoleSitesFields';

interface Values extends RoleSites {
  username: string;
  displayName: string;
  office?: Office;
}

/** Creates a portal-center account (e.g. a 两办 reviewer with its office and sites); its password is shown once. */
export function CreatePlatformUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreatePlatformUser();
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  async function submit({ role, siteIds, ...values }: Values) {
    try {
      setCreated(await create.mutateAsync({ ...values, displayName: values.displayName.trim(), roles: grantsOf({ role, siteIds }) }));
    } catch (error) {
      showFormErrors(form, error, ['username', 'displayName', 'office', 'roles'], message.error, 'username');
    }
  }

  function close() {
    setCreated(null);
    onClose();
  }

  return (
    <NewAccountModal
      title="新建门户中心账号"
      open={open}
      created={created}
      pending={create.isPending}
      onCreate={() => form.submit()}
      onClose={close}
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark={false} preserve={false}>
        <Form.Item label="用户名" name="username" rules={USERNAME_RULES}>
          <Input maxLength={64} autoComplete="off" placeholder="如 lb_zhang" />
        </Form.Item>
        <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label="审核办公室" name="office" extra="两办审核人员选择所属办公室(党群或政府)">
          <Select allowClear options={OFFICE_OPTIONS} placeholder="无" />
        </Form.Item>
        <RoleSitesFields required={false} />
      </Form>
    </NewAccountModal>
  );
}
