import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { OneTimePassword } from './OneTimePassword';

export interface CreatedAccount {
  username: string;
  initialPassword: string;
}

/** The dialog of a new account: its form, then (once created) its one-time password instead. */
export function NewAccountModal({
  title,
  open,
  created,
  pending,
  onCreate,
  onClose,
  children,
}: {
  title: string;
  open: boolean;
  created: CreatedAccount | null;
  pending: boolean;
  onCreate: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        created ? (
          <Button onClick={onClose}>我已记下,关闭</Button>
        ) : (
          <>
            <Button onClick={onClose}>取消</Button>
            <Button type="primary" loading={pending} onClick={onCreate}>
              新建
            </Button>
          </>
        )
      }
    >
      {created ? <OneTimePassword username={created.username} password={created.initialPassword} /> : children}
    </Modal>
  );
}
