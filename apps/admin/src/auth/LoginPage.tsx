import { Card, Typography } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from './LoginForm';

/** Where a path after `?next=` may lead: only into the console itself. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  return (
    <main style={{ minHeight: '100vh', display: 'grid', placeItems: 'center', background: '#f0f2f5' }}>
      <Card style={{ width: 380 }}>
        <Typography.Title level={1} style={{ fontSize: 22, textAlign: 'center' }}>
          站群管理后台
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
          政府网站集约化平台 · 门户中心与各单位
        </Typography.Paragraph>
        <LoginForm
          onSignedIn={(user) => navigate(user.mustChangePassword ? '/account/password' : safeNext(params.get('next')), { replace: true })}
        />
      </Card>
    </main>
  );
}
