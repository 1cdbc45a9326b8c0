import { Badge, Flex, Segmented, Table, Tabs } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useCurrentSite } from '../app/SiteScope';
import { ErrorResult } from '../ui/ErrorResult';
import { formatTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { KIND_NAMES, STATUS_NAMES } from './labels';
import { useLetters, type Letter, type LetterKind, type LetterStatus } from './queries';
import { ToneTag } from '../ui/ToneTag';

const KINDS: LetterKind[] = ['mailbox', 'error_report'];
const PAGE_SIZE = 20;

/** The filters live in the address, so going back from a letter returns to the same page. */
function useLetterFilter() {
  const [params, setParams] = useSearchParams();
  const kind: LetterKind = params.get('kind') === 'error_report' ? 'error_report' : 'mailbox';
  const raw = params.get('status');
  const status: LetterStatus | undefined = raw === 'all' ? undefined : raw === 'replied' ? 'replied' : 'received';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const set = (next: { kind?: LetterKind; status?: LetterStatus | 'all'; page?: number }) =>
    setParams({ kind: next.kind ?? kind, status: next.status ?? status ?? 'all', page: String(next.page ?? 1) }, { replace: true });
  return { filter: { kind, status, page, pageSize: PAGE_SIZE }, set };
}

/** 互动信件: the site's 领导信箱 and 找错 letters, 待办理 first. */
export default function LettersPage() {
  const site = useCurrentSite();
  const { filter, set } = useLetterFilter();
  const letters = useLetters(site.id, filter);
  const waiting = {
    mailbox: useLetters(site.id, { kind: 'mailbox', status: 'received', page: 1, pageSize: 1 }).data?.total,
    error_report: useLetters(site.id, { kind: 'error_report', status: 'received', page: 1, pageSize: 1 }).data?.total,
  };

  return (
    <>
      <PageHeader title="互动信件" />
      <Tabs
        activeKey={filter.kind}
        onChange={(kind) => set({ kind: kind as LetterKind })}
        items={KINDS.map((kind) => ({
          key: kind,
          label: (
            <Flex gap={6} align="center">
              {KIND_NAMES[kind]}
              <Badge count={waiting[kind] ?? 0} size="small" title={`待办理 ${waiting[kind] ?? 0} 封`} />
            </Flex>
          ),
        }))}
      />
      <Segmented
        aria-label="办理状态"
        style={{ marginBottom: 16 }}
        value={filter.status ?? 'all'}
        onChange={(status) => set({ status: status as LetterStatus | 'all' })}
        options={[
          { value: 'received', label: '待办理' },
          { value: 'replied', label: '已答复' },
          { value: 'all', label: '全部' },
        ]}
      />
      {letters.error ? (
        <ErrorResult error={letters.error} onRetry={() => void letters.refetch()} />
      ) : (
        <Table<Letter>
          rowKey="id"
          loading={letters.isFetching}
          dataSource={letters.data?.items}
          locale={{ emptyText: filter.status === 'received' ? '没有待办理的信件' : '没有信件' }}
          pagination={{
            current: filter.page,
            pageSize: PAGE_SIZE,
            total: letters.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `共 ${total} 封`,
            onChange: (page) => set({ page }),
          }}
          columns={[
            {
              title: '主题',
              key: 'subject',
              render: (_, letter) => (
                <Flex gap={8} wrap>
                  <Link to={`/s/${site.id}/letters/${letter.id}`}>{letter.subject || '(无主题)'}</Link>
                  {letter.published && <ToneTag tone="info">已选登</ToneTag>}
                </Flex>
              ),
            },
            ...(filter.kind === 'error_report' ? [{ title: '错误类型', dataIndex: 'errorType', width: 140 }] : []),
            { title: '写信人', dataIndex: 'name', width: 140 },
            {
              title: '状态',
              dataIndex: 'status',
              width: 100,
              render: (status: LetterStatus) => <ToneTag tone={STATUS_NAMES[status].tone}>{STATUS_NAMES[status].label}</ToneTag>,
            },
            { title: '来信时间', dataIndex: 'createdAt', width: 170, render: formatTime },
            { title: '答复时间', dataIndex: 'repliedAt', width: 170, render: formatTime },
          ]}
        />
      )}
    </>
  );
}
