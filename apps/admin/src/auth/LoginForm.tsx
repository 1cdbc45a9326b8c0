import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { signIn, type SessionUser } from './session';

interface Credentials {
  username: string;
  password: string;
}

/** The sign-in form of the login page and of the dialog shown when a session runs out. */
export function LoginForm({ username, onSignedIn }: { username?: string; onSignedIn: (user: SessionUser) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(values: Credentials) {
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(values.username.trim(), values.password));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : '登录失败');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Form<Credentials> layout="vertical" onFinish={submit} initialValues={{ username }} requiredMark={false}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
        <Input autoComplete="username" autoFocus={!username} disabled={!!username} />
      </Form.Item>
      <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
        <Input.Password autoComplete="current-password" autoFocus={!!username} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        登录
      </Button>
    </Form>
  );
}
