import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { signIn } from './session';
import { useSession } from './useSession';

interface Passwords {
  oldPassword: string;
  newPassword: string;
  confirm: string;
}

/** Changing the password (forced at first sign-in); every other session of the account ends. */
export function ChangePasswordPage() {
  const { user } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Passwords) {
    if (!user) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/auth/password', { body: { oldPassword: values.oldPassword, newPassword: values.newPassword } }));
      // The change ended every session, this one included: sign in again with the new password.
      await signIn(user.username, values.newPassword);
      navigate('/', { replace: true });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : '修改失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 420 }}>
        <Typography.Title level={1} style={{ fontSize: 22 }}>
          修改密码
        </Typography.Title>
        {user?.mustChangePassword && (
          <Alert type="warning" showIcon message="首次登录或密码已被重置,请先设置新密码" style={{ marginBottom: 16 }} />
        )}
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
        <Form<Passwords> layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item label="原密码" name="oldPassword" rules={[{ required: true, message: '请输入原密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            extra="8–128 个字符,须同时包含字母和数字"
            rules={[
              { required: true, message: '请输入新密码' },
              { min: 8, message: '新密码至少 8 个字符' },
              { max: 128, message: '新密码最长 128 个字符' },
              { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: '新密码须同时包含字母和数字' },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error('两次输入的新密码不一致')),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={busy}>
            保存新密码
          </Button>
        </Form>
      </Card>
    </main>
  );
}
