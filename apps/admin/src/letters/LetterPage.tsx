import { Button, Card, Col, Descriptions, Divider, Row, Skeleton } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useCurrentSite } from '../app/SiteScope';
import { hasSiteRole } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { KIND_NAMES, STATUS_NAMES } from './labels';
import { PlainText } from './PlainText';
import { useLetter, type Letter } from './queries';
import { ReplyCard } from './ReplyCard';
import { ToneTag } from '../ui/ToneTag';

/** One letter as the citizen wrote it (plain text), and its reply. */
export default function LetterPage() {
  const site = useCurrentSite();
  const { user } = useSession();
  const navigate = useNavigate();
  const letterId = Number(useParams().letterId);
  const { data: letter, error, isPending, refetch } = useLetter(site.id, letterId);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (isPending) return <Skeleton active paragraph={{ rows: 10 }} />;

  return (
    <>
      <PageHeader
        title={letter.subject || '信件详情'}
        extra={<Button onClick={() => navigate(`/s/${site.id}/letters?kind=${letter.kind}`)}>返回信件列表</Button>}
      />
      <Row gutter={16}>
        <Col span={14}>
          <Card title="来信" size="small">
            <LetterFacts letter={letter} />
            <Divider titlePlacement="start" plain>
              {letter.kind === 'mailbox' ? '信件内容' : '问题描述'}
            </Divider>
            <PlainText text={letter.body} />
          </Card>
        </Col>
        <Col span={10}>
          <ReplyCard siteId={site.id} letter={letter} canReply={hasSiteRole(user, site.id, ['letter_handler', 'site_admin'])} />
        </Col>
      </Row>
    </>
  );
}

function LetterFacts({ letter }: { letter: Letter }) {
  const status = STATUS_NAMES[letter.status];
  return (
    <Descriptions
      size="small"
      column={2}
      items={[
        { label: '信箱', children: KIND_NAMES[letter.kind] },
        { label: '状态', children: <ToneTag tone={status.tone}>{status.label}</ToneTag> },
        { label: '写信人', children: letter.name || '—' },
        { label: '来信时间', children: formatTime(letter.createdAt) },
        { label: '电话', children: letter.phone || '—' },
        { label: '邮箱', children: letter.email || '—' },
        ...(letter.kind === 'error_report'
          ? [
              { label: '错误类型', children: letter.errorType || '—' },
              { label: '出错页面', children: letter.pageUrl ? <PlainText text={letter.pageUrl} /> : '—' },
            ]
          : []),
        { label: '同意公开', children: letter.publicConsent ? '同意在信件选登中公开' : '不同意公开' },
      ]}
    />
  );
}
