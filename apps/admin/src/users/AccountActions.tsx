import { App, Button, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { OneTimePassword } from './OneTimePassword';
import { useResetPassword, useSetDisabled, type UserScope } from './queries';

interface Account {
  id: number;
  username: string;
  disabled: boolean;
}

/** Disable/enable and reset the password of an account; the new password is shown once. */
export function AccountActions({ account, scope, extra }: { account: Account; scope: UserScope; extra?: React.ReactNode }) {
  const { message } = App.useApp();
  const setDisabled = useSetDisabled(scope);
  const reset = useResetPassword(scope);
  const [password, setPassword] = useState<string | null>(null);

  async function toggle() {
    const action = account.disabled ? 'enable' : 'disable';
    try {
      await setDisabled.mutateAsync({ userId: account.id, action });
      message.success(account.disabled ? `已启用 ${account.username}` : `已停用 ${account.username},其登录已全部失效`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  }

  async function resetPassword() {
    try {
      setPassword((await reset.mutateAsync(account.id)).initialPassword);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '重置失败');
    }
  }

  return (
    <Space size={0} wrap>
      {extra}
      <Popconfirm
        title={account.disabled ? `启用 ${account.username}?` : `停用 ${account.username}?`}
        description={account.disabled ? undefined : '停用后该账号立即不能登录,已登录的会话也会失效。'}
        okText={account.disabled ? '启用' : '停用'}
        okButtonProps={{ danger: !account.disabled }}
        onConfirm={toggle}
      >
        <Button
          type="link"
          size="small"
          danger={!account.disabled}
          aria-label={`${account.disabled ? '启用' : '停用'} ${account.username}`}
        >
          {account.disabled ? '启用' : '停用'}
        </Button>
      </Popconfirm>
      <Popconfirm
        title={`重置 ${account.username} 的密码?`}
        description="将生成新的一次性初始密码,原密码和已登录的会话立即失效。"
        okText="重置"
        onConfirm={resetPassword}
      >
        <Button type="link" size="small" aria-label={`重置 ${account.username} 的密码`}>
          重置密码
        </Button>
      </Popconfirm>
      <Modal
        open={password !== null}
        title="密码已重置"
        onCancel={() => setPassword(null)}
        footer={<Button onClick={() => setPassword(null)}>我已记下,关闭</Button>}
        destroyOnHidden
      >
        {password && <OneTimePassword username={account.username} password={password} />}
      </Modal>
    </Space>
  );
}
