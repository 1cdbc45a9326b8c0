import { App, Button, Form, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { showFormErrors } from '../ui/form-errors';
import { USERNAME_RULES } from './names';
import { OneTimePassword } from './OneTimePassword';

export interface CreatedAccount {
  username: string;
  initialPassword: string;
}

/** What every new account's form asks; each kind of account adds its fields (`children`). */
export interface AccountNames {
  username: string;
  displayName: string;
}

/** The display name of an account, as the API takes it. */
export function DisplayNameField() {
  return (
    <Form.Item label="姓名" name="displayName" rules={[{ required: true, whitespace: true, message: '请输入姓名' }]}>
      <Input maxLength={100} />
    </Form.Item>
  );
}

/**
 * The dialog of a new account: a form of its names and `children`'s fields, then (once `create`
 * answered) its one-time password instead. The API's refusals are shown at the fields they name
 * (`fields`: the ones `children` add), a taken username at the username.
 */
export function NewAccountModal<Values extends AccountNames>({
  title,
  open,
  onClose,
  usernamePlaceholder,
  initialValues,
  fields,
  create,
  pending,
  children,
}: {
  title: string;
  open: boolean;
  onClose: () => void;
  usernamePlaceholder: string;
  initialValues?: Partial<Values>;
  fields: readonly string[];
  create: (values: Values) => Promise<CreatedAccount>;
  pending: boolean;
  children: ReactNode;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [created, setCreated] = useState<CreatedAccount | null>(null);

  async function submit(values: Values) {
    try {
      setCreated(await create({ ...values, displayName: values.displayName.trim() }));
    } catch (error) {
      showFormErrors(form, error, ['username', 'displayName', ...fields], message.error, 'username');
    }
  }

  function close() {
    setCreated(null);
    onClose();
  }

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      destroyOnHidden
      footer={
        created ? (
          <Button onClick={close}>我已记下,关闭</Button>
        ) : (
          <>
            <Button onClick={close}>取消</Button>
            <Button type="primary" loading={pending} onClick={() => form.submit()}>
              新建
            </Button>
          </>
        )
      }
    >
      {created ? (
        <OneTimePassword username={created.username} password={created.initialPassword} />
      ) : (
        <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={submit} requiredMark={false} preserve={false}>
          <Form.Item label="用户名" name="username" rules={USERNAME_RULES}>
            <Input maxLength={64} autoComplete="off" placeholder={usernamePlaceholder} />
          </Form.Item>
          <DisplayNameField />
          {children}
        </Form>
      )}
    </Modal>
  );
}
