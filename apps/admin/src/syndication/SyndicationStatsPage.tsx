import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Flex, Form, Select, Spin } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { downloadFile } from './download';
import { useSyndicationStats, type StatsFilter } from './queries';
import { StatsCharts } from './StatsCharts';
import { StatsTable } from './StatsTable';
import { DAY_FORMAT, defaultPeriod, periodPresets } from './stats-period';

function workbookUrl({ from, to, siteId }: StatsFilter): string {
  const query = new URLSearchParams({ from, to, ...(siteId ? { siteId: String(siteId) } : {}) });
  return `/api/v1/syndications/stats.xlsx?${query}`;
}

/** 报送统计: per submitting unit and period, as charts and a table, and as an Excel workbook. */
export default function SyndicationStatsPage() {
  const { message } = App.useApp();
  const [filter, setFilter] = useState<StatsFilter>(defaultPeriod);
  const [downloading, setDownloading] = useState(false);
  // The unfiltered report of the period lists the units to choose from.
  const units = useSyndicationStats({ from: filter.from, to: filter.to });
  const stats = useSyndicationStats(filter);

  async function download() {
    setDownloading(true);
    try {
      await downloadFile(workbookUrl(filter), `信息报送统计_${filter.from}_${filter.to}.xlsx`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '导出失败');
    } finally {
      setDownloading(false);
    }
  }

  return (
    <>
      <PageHeader
        title="报送统计"
        extra={
          <Button icon={<DownloadOutlined />} loading={downloading} onClick={() => void download()}>
            导出 Excel
          </Button>
        }
      />
      <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item label="统计时段">
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(filter.from), dayjs(filter.to)]}
            presets={periodPresets()}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            onChange={(range) =>
              range?.[0] && range[1] && setFilter({ ...filter, from: range[0].format(DAY_FORMAT), to: range[1].format(DAY_FORMAT) })
            }
          />
        </Form.Item>
        <Form.Item label="报送单位">
          <Select<number>
            aria-label="报送单位"
            allowClear
            placeholder="全部单位"
            style={{ width: 220 }}
            value={filter.siteId}
            onChange={(siteId) => setFilter({ ...filter, siteId })}
            showSearch={{ optionFilterProp: 'label' }}
            options={units.data?.items.map((unit) => ({ value: unit.siteId, label: unit.siteName }))}
          />
        </Form.Item>
      </Form>
      {stats.error ? (
        <ErrorResult error={stats.error} onRetry={() => void stats.refetch()} />
      ) : !stats.data ? (
        <Spin style={{ display: 'block', margin: '80px auto' }} />
      ) : (
        <Flex vertical gap={16}>
          {stats.data.items.length > 0 && <StatsCharts items={stats.data.items} />}
          <Card size="small" title={`${stats.data.from} 至 ${stats.data.to}`}>
            <StatsTable report={stats.data} loading={stats.isFetching} />
          </Card>
        </Flex>
      )}
    </>
  );
}
