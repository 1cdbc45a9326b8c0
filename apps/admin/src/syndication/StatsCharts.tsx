import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { Card, Col, Row } from 'antd';
import type { components } from '../api/schema';

// Only what these two charts use, to keep the chunk small.
echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, CanvasRenderer]);

type UnitStats = components['schemas']['SyndicationUnitStatsResponse'];

const OPTS = { renderer: 'canvas', locale: 'ZH' } as const;
const HEIGHT = 320;

/** Submitted / adopted / declined per unit, and each unit's share of the remuneration. */
export function StatsCharts({ items }: { items: UnitStats[] }) {
  const units = items.map((item) => item.siteName);
  const bars = {
    aria: { enabled: true },
    color: ['#1677ff', '#52c41a', '#ff7875'],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, bottom: 8, top: 40, containLabel: true },
    xAxis: { type: 'category', data: units, axisLabel: { interval: 0, rotate: units.length > 4 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '报送', type: 'bar', barMaxWidth: 32, data: items.map((item) => item.submitted) },
      { name: '采用', type: 'bar', barMaxWidth: 32, data: items.map((item) => item.adopted) },
      { name: '退回', type: 'bar', barMaxWidth: 32, data: items.map((item) => item.declined) },
    ],
  };
  const pie = {
    aria: { enabled: true },
    tooltip: { trigger: 'item', valueFormatter: (value: number) => `${value.toFixed(2)} 元` },
    legend: { type: 'scroll', bottom: 0 },
    series: [
      {
        name: '稿酬',
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        data: items.map((item) => ({ name: item.siteName, value: Number(item.remuneration) })).filter((slice) => slice.value > 0),
      },
    ],
  };
  return (
    <Row gutter={16}>
      <Col xs={24} xl={14}>
        <Card size="small" title="各单位报送与采用">
          <ReactEChartsCore echarts={echarts} option={bars} opts={OPTS} notMerge style={{ height: HEIGHT }} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title="稿酬分布(元)">
          <ReactEChartsCore echarts={echarts} option={pie} opts={OPTS} notMerge style={{ height: HEIGHT }} />
        </Card>
      </Col>
    </Row>
  );
}
