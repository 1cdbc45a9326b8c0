import { Alert, App, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, fieldMessages } from '../api/errors';
import { TASK_STATUS } from './labels';
import { useReviewDecision, type ReviewDecision, type ReviewTaskDetail } from './queries';

const APPROVED: Record<string, string> = {
  published: '已通过,文章已发布',
  scheduled: '已通过,文章将按设定的时间发布',
};

/** 通过 / 退回 with a comment; 退回 needs one, the author reads it on their 工作台. */
export function DecisionCard({ task, onDecided }: { task: ReviewTaskDetail; onDecided: () => void }) {
  const [form] = Form.useForm<{ comment?: string }>();
  const { message } = App.useApp();
  const decide = useReviewDecision(task.id);
  const [failure, setFailure] = useState<string | null>(null);

  async function act(decision: ReviewDecision) {
    const comment = (form.getFieldValue('comment') ?? '').trim();
    if (decision === 'reject' && !comment) {
      form.setFields([{ name: 'comment', errors: ['退回时必须填写审核意见,写明需要修改的地方'] }]);
      return;
    }
    setFailure(null);
    try {
      const { articleStatus } = await decide.mutateAsync({ decision, comment });
      message.success(
        decision === 'approve' ? (APPROVED[articleStatus] ?? '已通过,已转入下一步审核') : '已退回,作者会在工作台看到您的意见',
      );
      onDecided();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        setFailure(`${error.message}。您的操作没有生效,请返回审核待办查看其他任务。`);
        return;
      }
      const { fields, rest } = fieldMessages(error, ['comment']);
      if (fields.comment) form.setFields([{ name: 'comment', errors: [fields.comment] }]);
      if (rest.length) setFailure(rest.join(';'));
    }
  }

  return (
    <Card title="审核决定" size="small">
      <Flex vertical gap={12}>
        {failure && <Alert type="warning" showIcon role="alert" title={failure} action={<Link to="/reviews">返回审核待办</Link>} />}
        {task.status !== 'pending' ? (
          !failure && <Alert type="info" showIcon title={`此审核任务${TASK_STATUS[task.status]},无需再处理。`} />
        ) : (
          <Form form={form} layout="vertical" requiredMark={false} disabled={decide.isPending}>
            <Form.Item label="审核意见" name="comment" style={{ marginBottom: 12 }}>
              <Input.TextArea rows={4} maxLength={1000} showCount placeholder="通过时可不填;退回时必须填写,作者会看到这条意见" />
            </Form.Item>
            <Flex gap={8}>
              <Button
                type="primary"
                onClick={() => void act('approve')}
                loading={decide.isPending && decide.variables?.decision === 'approve'}
              >
                通过
              </Button>
              <Button danger onClick={() => void act('reject')} loading={decide.isPending && decide.variables?.decision === 'reject'}>
                退回
              </Button>
            </Flex>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
