import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App, Button, Form } from 'antd';
import { api } from '../api/client';
import { EditUserModal } from './EditUserModal';
import { OFFICE_REQUIRED, OfficeField } from './OfficeField';
import type { PlatformUser } from './queries';

jest.mock('../api/client', () => ({ ...jest.requireActual('../api/client'), api: { PATCH: jest.fn() } }));

function RoleForm({ role, onFinish }: { role: string; onFinish: () => void }) {
  return (
    <Form initialValues={{ role }} onFinish={onFinish}>
      <Form.Item name="role" hidden>
        <input />
      </Form.Item>
      <OfficeField extra="说明" />
      <Button htmlType="submit">提交</Button>
    </Form>
  );
}

const REVIEWER: PlatformUser = {
  id: 9,
  username: 'lb_zhang',
  displayName: '张审核',
  office: null,
  disabled: false,
  mustChangePassword: false,
  lockedUntil: null,
  createdAt: '2026-12-01T08:00:00.000Z',
  grants: [{ siteId: 1, siteName: '示范县人民政府', role: 'portal_reviewer' }],
};

describe('the office (审核办公室) of a 两办 reviewer', () => {
  it('is required when the role chosen is 两办审核', async () => {
    const onFinish = jest.fn();
    render(<RoleForm role="portal_reviewer" onFinish={onFinish} />);
    await userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    expect(await screen.findByText(OFFICE_REQUIRED)).toBeInTheDocument();
    expect(onFinish).not.toHaveBeenCalled();
  });

  it('may stay empty for other roles', async () => {
    const onFinish = jest.fn();
    render(<RoleForm role="editor" onFinish={onFinish} />);
    await userEvent.click(screen.getByRole('button', { name: /提\s*交/ }));
    await waitFor(() => expect(onFinish).toHaveBeenCalled());
    expect(screen.queryByText(OFFICE_REQUIRED)).toBeNull();
  });

  it('cannot be cleared from an account that is a 两办 reviewer', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <App>
          <EditUserModal user={REVIEWER} onClose={() => undefined} />
        </App>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText(OFFICE_REQUIRED)).toBeInTheDocument();
    expect(api.PATCH).not.toHaveBeenCalled();
  });
});
