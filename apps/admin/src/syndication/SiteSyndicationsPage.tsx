import { Radio, Typography } from 'antd';
import { useState } from 'react';
import { useCurrentSite } from '../app/SiteScope';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { STATUS_OPTIONS, type SyndicationStatus } from './labels';
import { useSiteSyndications } from './queries';
import { SyndicationTable } from './SyndicationTable';

const PAGE_SIZE = 20;
const ALL = 'all';

/** A unit's own submissions: where each went, whether it was adopted, and why it was declined. */
export default function SiteSyndicationsPage() {
  const site = useCurrentSite();
  const [status, setStatus] = useState<SyndicationStatus | undefined>();
  const [page, setPage] = useState(1);
  const list = useSiteSyndications(site.id, { status, page, pageSize: PAGE_SIZE });

  return (
    <>
      <PageHeader title="报送记录">
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          本站报送给门户等站点的文章及处理结果,被退回的可以在这里看到退回理由。
        </Typography.Paragraph>
      </PageHeader>
      <Radio.Group
        aria-label="处理状态"
        optionType="button"
        buttonStyle="solid"
        value={status ?? ALL}
        onChange={(event) => {
          setStatus(event.target.value === ALL ? undefined : event.target.value);
          setPage(1);
        }}
        options={[{ value: ALL, label: '全部' }, ...STATUS_OPTIONS]}
        style={{ marginBottom: 16 }}
      />
      {list.error ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <SyndicationTable
          view="site"
          status={status}
          items={list.data?.items}
          loading={list.isFetching}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage }}
        />
      )}
    </>
  );
}
