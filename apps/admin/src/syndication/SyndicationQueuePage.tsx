import { BarChartOutlined } from '@ant-design/icons';
import { Button, Radio, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { AdoptModal } from './AdoptModal';
import { DeclineModal } from './DeclineModal';
import { STATUS_OPTIONS, STATUSES, type Syndication, type SyndicationStatus } from './labels';
import { useSyndicationQueue } from './queries';
import { SyndicationTable } from './SyndicationTable';

const PAGE_SIZE = 20;

/** 信息报送: what units submitted to the sites the user decides for, to adopt or decline. */
export default function SyndicationQueuePage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const status: SyndicationStatus = STATUSES.find((candidate) => candidate.value === params.get('status'))?.value ?? 'submitted';
  const page = Number(params.get('page')) || 1;
  const queue = useSyndicationQueue({ status, page, pageSize: PAGE_SIZE });
  const [adopting, setAdopting] = useState<Syndication | null>(null);
  const [declining, setDeclining] = useState<Syndication | null>(null);

  return (
    <>
      <PageHeader
        title="信息报送"
        extra={
          <Button icon={<BarChartOutlined />} onClick={() => navigate('/syndication/stats')}>
            报送统计
          </Button>
        }
      />
      <Radio.Group
        aria-label="处理状态"
        optionType="button"
        buttonStyle="solid"
        value={status}
        onChange={(event) => setParams({ status: event.target.value })}
        options={STATUS_OPTIONS}
        style={{ marginBottom: 16 }}
      />
      {queue.error ? (
        <ErrorResult error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <SyndicationTable
          view="queue"
          status={status}
          items={queue.data?.items}
          loading={queue.isFetching}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: queue.data?.total ?? 0,
            onChange: (next) => setParams({ status, page: String(next) }),
          }}
          actions={
            status === 'submitted'
              ? (item) => (
                  <Space size={4}>
                    <Button type="link" size="small" onClick={() => setAdopting(item)}>
                      采用
                    </Button>
                    <Button type="link" size="small" danger onClick={() => setDeclining(item)}>
                      退回
                    </Button>
                  </Space>
                )
              : undefined
          }
        />
      )}
      <AdoptModal item={adopting} onClose={() => setAdopting(null)} />
      <DeclineModal item={declining} onClose={() => setDeclining(null)} />
    </>
  );
}
