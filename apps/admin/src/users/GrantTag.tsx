import { CloseOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tag } from 'antd';
import { ROLE_NAMES } from '../auth/roles';
import type { Role } from '../auth/session';
import { useRevoke } from './queries';

/** A role an account holds (on a site, or platform-wide); `revocable`: with a button to revoke it after confirmation. */
export function GrantTag({
  userId,
  username,
  siteId,
  siteName,
  role,
  revocable,
}: {
  userId: number;
  username: string;
  siteId: number | null;
  siteName?: string | null;
  role: Role;
  revocable: boolean;
}) {
  const { message } = App.useApp();
  const revoke = useRevoke();
  const label = siteName ? `${siteName} · ${ROLE_NAMES[role]}` : ROLE_NAMES[role];

  async function confirm() {
    try {
      await revoke.mutateAsync({ userId, siteId, role });
      message.success(`已撤销 ${username} 的「${label}」`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '撤销失败');
    }
  }

  return (
    <Tag
      color={siteId === null || role === 'portal_reviewer' || role === 'security_reviewer' ? 'magenta' : 'blue'}
      style={{ marginBlock: 2 }}
    >
      {label}
      {revocable && (
        <Popconfirm title={`撤销 ${username} 的「${label}」?`} okText="撤销" okButtonProps={{ danger: true }} onConfirm={confirm}>
          <Button
            type="text"
            size="small"
            icon={<CloseOutlined />}
            aria-label={`撤销 ${label}`}
            loading={revoke.isPending}
            style={{ height: 16, width: 16, marginInlineStart: 4 }}
          />
        </Popconfirm>
      )}
    </Tag>
  );
}
