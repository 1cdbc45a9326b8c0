import { Alert, Descriptions, Typography } from 'antd';

/** A new account's (or a reset) initial password: shown this once, with a copy button. */
export function OneTimePassword({ username, password }: { username: string; password: string }) {
  return (
    <Alert
      type="warning"
      showIcon
      title="初始密码只显示这一次,请复制后交给本人"
      description={
        <>
          <Descriptions
            column={1}
            size="small"
            style={{ marginTop: 8 }}
            items={[
              { key: 'username', label: '用户名', children: <Typography.Text strong>{username}</Typography.Text> },
              {
                key: 'password',
                label: '初始密码',
                children: (
                  <Typography.Text code copyable={{ text: password, tooltips: ['复制密码', '已复制'] }}>
                    {password}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Typography.Text type="secondary">首次登录时须修改密码。</Typography.Text>
        </>
      }
    />
  );
}
