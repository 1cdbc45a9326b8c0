import { Modal, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { LoginForm } from './LoginForm';
import { cancelSignIn, refreshSession } from './session';
import { useSession } from './useSession';

/**
 * The gate of every console screen: a reload restores the session from the refresh cookie;
 * without one the login page opens (and comes back here afterwards); a forced password change
 * comes first. When the session runs out mid-work, a sign-in dialog opens over the screen.
 */
export function RequireSession() {
  const { accessToken, user, expired } = useSession();
  const location = useLocation();
  const [restoring, setRestoring] = useState(!accessToken);

  useEffect(() => {
    if (accessToken) return;
    let cancelled = false;
    void refreshSession().then(() => !cancelled && setRestoring(false));
    return () => {
      cancelled = true;
    };
  }, [accessToken]);

  if (restoring && !accessToken) {
    return (
      <div style={{ minHeight: '100vh', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description="正在加载…">
          <div style={{ width: 120, height: 60 }} />
        </Spin>
      </div>
    );
  }
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (user.mustChangePassword && location.pathname !== '/account/password') {
    return <Navigate to="/account/password" replace />;
  }
  return (
    <>
      <Outlet />
      <Modal open={expired} title="登录已过期" footer={null} closable={false} mask={{ closable: false }} keyboard={false} destroyOnHidden>
        <Typography.Paragraph>为保护账号安全,登录已过期。请重新输入密码,您正在编辑的内容不会丢失。</Typography.Paragraph>
        <LoginForm username={user.username} onSignedIn={() => undefined} />
        <Typography.Link onClick={cancelSignIn} style={{ display: 'inline-block', marginTop: 12 }}>
          换个账号登录
        </Typography.Link>
      </Modal>
    </>
  );
}
