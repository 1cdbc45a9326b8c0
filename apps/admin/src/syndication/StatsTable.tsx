import { Table } from 'antd';
import type { components } from '../api/schema';

type Report = components['schemas']['SyndicationStatsResponse'];
type UnitStats = Report['items'][number];
type Figures = Report['totals'];

const FIGURES: { title: string; key: keyof Figures; render?: (value: string) => string }[] = [
  { title: '报送', key: 'submitted' },
  { title: '采用', key: 'adopted' },
  { title: '退回', key: 'declined' },
  { title: '采用率', key: 'adoptionRate', render: (value) => `${value}%` },
  { title: '字数', key: 'chars' },
  { title: '稿酬(元)', key: 'remuneration' },
];

/** The figures per unit, with the period's totals as the last row. */
export function StatsTable({ report, loading }: { report?: Report; loading: boolean }) {
  return (
    <Table<UnitStats>
      rowKey="siteId"
      size="middle"
      loading={loading}
      dataSource={report?.items}
      pagination={false}
      locale={{ emptyText: '这段时间没有报送信息' }}
      columns={[
        { title: '报送单位', dataIndex: 'siteName' },
        ...FIGURES.map(({ title, key, render }) => ({
          title,
          dataIndex: key,
          align: 'right' as const,
          render: render ? (value: string) => render(value) : undefined,
        })),
      ]}
      summary={() =>
        report?.items.length ? (
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
            {FIGURES.map(({ key, render }, index) => (
              <Table.Summary.Cell key={key} index={index + 1} align="right">
                {render ? render(String(report.totals[key])) : report.totals[key]}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        ) : undefined
      }
    />
  );
}
