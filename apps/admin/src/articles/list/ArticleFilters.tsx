import { DatePicker, Form, Input, Select, TreeSelect } from 'antd';
import dayjs from 'dayjs';
import { columnOptions } from '../columns';
import { STATUS_LABELS } from '../labels';
import type { ArticleStatus, ColumnNode } from '../queries';

export interface ArticleFilterValues {
  columnId?: number;
  status?: ArticleStatus;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  q?: string;
}

interface ArticleFiltersProps {
  columns: readonly ColumnNode[] | undefined;
  value: ArticleFilterValues;
  onChange(next: ArticleFilterValues): void;
}

const STATUS_OPTIONS = Object.entries(STATUS_LABELS).map(([value, label]) => ({ value, label }));

/** 栏目, 状态, 更新日期 and 关键词; each change applies at once (and lands in the address). */
export function ArticleFilters({ columns, value, onChange }: ArticleFiltersProps) {
  const set = (patch: Partial<ArticleFilterValues>) => onChange({ ...value, ...patch });
  return (
    <Form layout="inline" style={{ rowGap: 12, marginBottom: 16 }} onSubmitCapture={(event) => event.preventDefault()}>
      <Form.Item label="栏目" htmlFor="filter-column">
        <TreeSelect
          id="filter-column"
          style={{ width: 220 }}
          allowClear
          placeholder="全部栏目"
          treeDefaultExpandAll
          showSearch={{ treeNodeFilterProp: 'title' }}
          treeData={columnOptions(columns ?? [])}
          loading={!columns}
          value={value.columnId}
          onChange={(columnId?: number) => set({ columnId })}
        />
      </Form.Item>
      <Form.Item label="状态" htmlFor="filter-status">
        <Select
          id="filter-status"
          style={{ width: 130 }}
          allowClear
          placeholder="全部状态"
          options={STATUS_OPTIONS}
          value={value.status}
          onChange={(status?: ArticleStatus) => set({ status })}
        />
      </Form.Item>
      <Form.Item label="更新日期">
        <DatePicker.RangePicker
          aria-label="更新日期"
          style={{ width: 260 }}
          value={value.from && value.to ? [dayjs(value.from), dayjs(value.to)] : null}
          onChange={(range) => set({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })}
        />
      </Form.Item>
      <Form.Item label="关键词" htmlFor="filter-q">
        <Input.Search
          id="filter-q"
          style={{ width: 240 }}
          allowClear
          placeholder="标题中的文字"
          defaultValue={value.q}
          onSearch={(q) => set({ q: q.trim() || undefined })}
          enterButton="搜索"
        />
      </Form.Item>
    </Form>
  );
}
