import { Badge, Flex } from 'antd';
import { formatTime } from '../ui/format';

interface Account {
  disabled: boolean;
  mustChangePassword: boolean;
  lockedUntil: string | null;
}

/** An account's state: disabled, locked after failed sign-ins, waiting for its first password change. */
export function AccountStatus({ account }: { account: Account }) {
  const locked = account.lockedUntil && new Date(account.lockedUntil) > new Date();
  if (!account.disabled && !locked && !account.mustChangePassword) return <Badge status="success" text="正常" />;
  return (
    <Flex vertical>
      {account.disabled && <Badge status="default" text="已停用" />}
      {locked && <Badge status="error" text={`锁定至 ${formatTime(account.lockedUntil)}`} />}
      {account.mustChangePassword && <Badge status="warning" text="待修改初始密码" />}
    </Flex>
  );
}
