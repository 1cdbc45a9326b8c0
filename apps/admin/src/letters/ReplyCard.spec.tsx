import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { api } from '../api/client';
import type { Letter } from './queries';
import { ReplyCard } from './ReplyCard';

jest.mock('../api/client', () => ({ ...jest.requireActual('../api/client'), api: { POST: jest.fn() } }));

const LETTER: Letter = {
  id: 7,
  kind: 'mailbox',
  status: 'received',
  name: '赵小明',
  phone: '13912345678',
  email: '',
  subject: '建议延长图书馆开放时间',
  body: '希望延长。',
  errorType: '',
  pageUrl: '',
  publicConsent: true,
  published: false,
  reply: null,
  repliedBy: null,
  repliedAt: null,
  createdAt: '2026-12-01T08:00:00.000Z',
};

function show(letter: Partial<Letter>, canReply = true) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <ReplyCard siteId={3} letter={{ ...LETTER, ...letter }} canReply={canReply} />
      </App>
    </QueryClientProvider>,
  );
}

describe('the reply card of a letter', () => {
  it('offers 信件选登 only when the writer consented to it', () => {
    show({});
    expect(screen.getByRole('checkbox', { name: '公开到信件选登' })).toBeEnabled();
  });

  it('explains why a letter cannot be published', () => {
    show({ publicConsent: false });
    expect(screen.getByRole('checkbox', { name: '公开到信件选登' })).toBeDisabled();
    expect(screen.getByText('写信人未同意公开,不能选登这封信')).toBeInTheDocument();
  });

  it('does not offer 信件选登 for a 找错 report', () => {
    show({ kind: 'error_report' });
    expect(screen.getByRole('checkbox', { name: '公开到信件选登' })).toBeDisabled();
    expect(screen.getByText('找错类信件不在信件选登中展示')).toBeInTheDocument();
  });

  it('shows a given reply as plain text, and no form', () => {
    show({ status: 'replied', reply: '已办理 <b>完毕</b>', repliedAt: '2026-12-02T08:00:00.000Z' });
    expect(screen.getByText('已办理 <b>完毕</b>')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交答复' })).toBeNull();
  });

  it('says so in a sentence when the letter was answered meanwhile', async () => {
    jest.mocked(api.POST).mockResolvedValue({
      error: { statusCode: 409, error: 'Conflict', message: '这封信已经答复过了' },
      response: { ok: false, status: 409 },
    } as never);
    show({});
    await userEvent.type(screen.getByLabelText('答复内容'), '您好');
    await userEvent.click(screen.getByRole('button', { name: '提交答复' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('这封信已经答复过了。其他办理人员已先答复,您的答复没有提交。');
    expect(api.POST).toHaveBeenCalledWith('/api/v1/sites/{siteId}/letters/{id}/reply', {
      params: { path: { siteId: 3, id: 7 } },
      body: { reply: '您好', publish: false },
    });
  });

  it('leaves answering to those who handle letters', () => {
    show({}, false);
    expect(screen.queryByLabelText('答复内容')).toBeNull();
    expect(screen.getByText(/信件由本站的信件办理人员或站点管理员答复/)).toBeInTheDocument();
  });
});
