import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Tabs, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { ArticleBodyFrame } from './ArticleBodyFrame';
import { DecisionCard } from './DecisionCard';
import { DiffView } from './DiffView';
import { HistoryTimeline } from './HistoryTimeline';
import { stepLabel, TASK_STATUS } from './labels';
import { useReviewTask, type ReviewTaskDetail } from './queries';
import { MarkedText, WarnWords } from './WarnWords';
import { ToneTag } from '../ui/ToneTag';

/** One review task: what is submitted, what changes against the live page, the decision, the history. */
export default function ReviewTaskPage() {
  const taskId = Number(useParams().taskId);
  const navigate = useNavigate();
  const { data: task, error, isPending, refetch } = useReviewTask(taskId);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  const words = task.warnings.map((hit) => hit.word);

  return (
    <>
      <PageHeader
        title={`审核:${task.article.title}`}
        extra={
          <Flex gap={8}>
            {task.article.url && (
              <Button href={task.article.url} target="_blank" rel="noreferrer" icon={<ExportOutlined />}>
                查看线上页面
              </Button>
            )}
            <Button onClick={() => navigate('/reviews')}>返回审核待办</Button>
          </Flex>
        }
      />
      <Row gutter={16}>
        <Col span={16}>
          <Flex vertical gap={16}>
            <TaskFacts task={task} />
            <WarnWords hits={task.warnings} />
            <Card size="small">
              <Tabs
                items={[
                  { key: 'content', label: '送审内容', children: <SubmittedArticle task={task} words={words} /> },
                  {
                    key: 'diff',
                    label: '与线上版本对比',
                    children: <DiffView patch={task.diff} isNew={task.revision === null} />,
                  },
                ]}
              />
            </Card>
          </Flex>
        </Col>
        <Col span={8}>
          <Flex vertical gap={16}>
            <DecisionCard task={task} onDecided={() => navigate('/reviews')} />
            <Card title="审核记录" size="small">
              <HistoryTimeline entries={task.history} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </>
  );
}

function TaskFacts({ task }: { task: ReviewTaskDetail }) {
  return (
    <Card size="small">
      <Descriptions
        size="small"
        column={2}
        items={[
          { label: '站点', children: task.siteName },
          { label: '审核环节', children: stepLabel(task) },
          { label: '送审时间', children: formatTime(task.submittedAt) },
          {
            label: '类型',
            children: task.revision === null ? '新文章' : <ToneTag tone="info">已发布文章的修改(线上仍为原版本)</ToneTag>,
          },
          { label: '状态', children: TASK_STATUS[task.status] },
        ]}
      />
    </Card>
  );
}

function SubmittedArticle({ task, words }: { task: ReviewTaskDetail; words: string[] }) {
  const { article } = task;
  const facts = [
    { label: '栏目', children: article.columnName || '—' },
    { label: '来源', children: article.source || '—' },
    { label: '作者', children: article.author || '—' },
    { label: '关键词', children: article.keywords || '—' },
    ...(article.docNo ? [{ label: '文号', children: article.docNo }] : []),
    ...(article.issuer ? [{ label: '发布机构', children: article.issuer }] : []),
    ...(article.publishAt ? [{ label: '定时发布', children: formatTime(article.publishAt) }] : []),
    ...(article.attachmentIds.length ? [{ label: '附件', children: `${article.attachmentIds.length} 个` }] : []),
    {
      label: '摘要',
      span: 2,
      children: article.summary ? <MarkedText text={article.summary} words={words} /> : '—',
    },
  ];
  return (
    <Flex vertical gap={12}>
      <div>
        <Typography.Title level={2} style={{ fontSize: 20, margin: 0 }}>
          <MarkedText text={article.title} words={words} />
        </Typography.Title>
        {article.subtitle && (
          <Typography.Text type="secondary">
            <MarkedText text={article.subtitle} words={words} />
          </Typography.Text>
        )}
      </div>
      <Descriptions size="small" column={2} items={facts} />
      <ArticleBodyFrame html={article.body} words={words} />
    </Flex>
  );
}
