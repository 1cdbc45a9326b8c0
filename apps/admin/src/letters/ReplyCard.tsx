import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, fieldMessages } from '../api/errors';
import { formatTime } from '../ui/format';
import { PlainText } from './PlainText';
import { useReplyLetter, type Letter } from './queries';
import { ToneTag } from '../ui/ToneTag';

interface Reply {
  reply: string;
  publish: boolean;
}

/** Why a letter cannot be shown in 信件选登, if it cannot. */
function unpublishable(letter: Letter): string | null {
  if (letter.kind !== 'mailbox') return '找错类信件不在信件选登中展示';
  if (!letter.publicConsent) return '写信人未同意公开,不能选登这封信';
  return null;
}

/**
 * The one reply a letter gets (the citizen reads it with their query code): the form while the
 * letter waits, the reply once given. A refusal stays in view after the letter reloads.
 */
export function ReplyCard({ siteId, letter, canReply }: { siteId: number; letter: Letter; canReply: boolean }) {
  const [form] = Form.useForm<Reply>();
  const { message } = App.useApp();
  const reply = useReplyLetter(siteId, letter.id);
  const [failure, setFailure] = useState<string | null>(null);
  const notPublishable = unpublishable(letter);

  async function submit(values: Reply) {
    setFailure(null);
    try {
      const answered = await reply.mutateAsync({ reply: values.reply.trim(), publish: !notPublishable && values.publish });
      message.success(answered.published ? '已答复,信件和答复已公开到信件选登' : '已答复,写信人可凭查询码查看');
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setFailure(`${error.message}。其他办理人员已先答复,您的答复没有提交。`);
        return;
      }
      const { fields, rest } = fieldMessages(error, ['reply', 'publish']);
      form.setFields(Object.entries(fields).map(([name, text]) => ({ name: name as keyof Reply, errors: [text] })));
      if (rest.length) setFailure(rest.join(';'));
    }
  }

  return (
    <Card title="答复" size="small">
      {failure && <Alert type="warning" showIcon role="alert" title={failure} style={{ marginBottom: 16 }} />}
      {letter.reply !== null ? (
        <GivenReply letter={letter} />
      ) : !canReply ? (
        <Typography.Text type="secondary">尚未答复。信件由本站的信件办理人员或站点管理员答复。</Typography.Text>
      ) : (
        <Form<Reply> form={form} layout="vertical" requiredMark={false} initialValues={{ publish: false }} onFinish={submit}>
          <Form.Item
            label="答复内容"
            name="reply"
            rules={[
              { required: true, whitespace: true, message: '请填写答复内容' },
              { max: 5000, message: '答复内容最长 5000 个字符' },
            ]}
          >
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
          <Form.Item
            name="publish"
            valuePropName="checked"
            extra={notPublishable ?? '勾选后,信件和答复将显示在网站的「信件选登」栏目中(写信人姓名会隐去)'}
          >
            <Checkbox disabled={!!notPublishable}>公开到信件选登</Checkbox>
          </Form.Item>
          <Typography.Paragraph type="secondary">每封信只能答复一次,提交后不能修改。</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={reply.isPending}>
            提交答复
          </Button>
        </Form>
      )}
    </Card>
  );
}

function GivenReply({ letter }: { letter: Letter }) {
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { label: '答复时间', children: formatTime(letter.repliedAt) },
        {
          label: '信件选登',
          children: letter.published ? <ToneTag tone="info">已公开</ToneTag> : <ToneTag tone="neutral">未公开</ToneTag>,
        },
        { label: '答复内容', children: <PlainText text={letter.reply ?? ''} /> },
      ]}
    />
  );
}
