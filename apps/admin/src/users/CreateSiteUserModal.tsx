import { Checkbox, Form } from 'antd';
import { ROLE_NAMES } from '../auth/roles';
import type { Role } from '../auth/session';
import { SITE_ROLES } from './names';
import { NewAccountModal, type AccountNames } from './NewAccountModal';
import { useCreateSiteUser } from './queries';

interface Values extends AccountNames {
  roles: Role[];
}

/** Creates an account of the site with its roles there; its initial password is shown once. */
export function CreateSiteUserModal({ siteId, open, onClose }: { siteId: number; open: boolean; onClose: () => void }) {
  const create = useCreateSiteUser(siteId);
  return (
    <NewAccountModal<Values>
      title="新建本站账号"
      open={open}
      onClose={onClose}
      usernamePlaceholder="如 jyj_zhangsan"
      initialValues={{ roles: ['editor'] }}
      fields={['roles']}
      create={(values) => create.mutateAsync(values)}
      pending={create.isPending}
    >
      <Form.Item label="本站角色" name="roles" rules={[{ required: true, message: '请至少选择一个角色' }]}>
        <Checkbox.Group options={SITE_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }))} />
      </Form.Item>
    </NewAccountModal>
  );
}
