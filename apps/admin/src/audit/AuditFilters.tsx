import { Button, DatePicker, Form, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSites } from '../sites/queries';
import { ACTION_PATTERN, type AuditFilter } from './filter';
import { useUserChoices } from './queries';

interface Values {
  siteId?: number;
  userId?: number;
  action?: string;
  period?: [Dayjs, Dayjs] | null;
}

const DAY = 'YYYY-MM-DD';

function valuesOf(filter: AuditFilter): Values {
  return {
    siteId: filter.siteId,
    userId: filter.userId,
    action: filter.action,
    period: filter.from || filter.to ? [dayjs(filter.from ?? filter.to), dayjs(filter.to ?? filter.from)] : null,
  };
}

/** The audit log's filters: site, account, action and days; applied with 查询. */
export function AuditFilters({ filter, onChange }: { filter: AuditFilter; onChange: (filter: AuditFilter) => void }) {
  const [form] = Form.useForm<Values>();
  const [userSearch, setUserSearch] = useState('');
  const sites = useSites();
  const users = useUserChoices(userSearch);

  useEffect(() => form.setFieldsValue(valuesOf(filter)), [filter, form]);

  function apply(values: Values) {
    onChange({
      siteId: values.siteId,
      userId: values.userId,
      action: values.action?.trim() || undefined,
      from: values.period?.[0].format(DAY),
      to: values.period?.[1].format(DAY),
      page: 1,
      pageSize: filter.pageSize,
    });
  }

  const userOptions = users.data?.items.map((user) => ({ value: user.id, label: `${user.displayName}(${user.username})` })) ?? [];
  if (filter.userId && !userOptions.some((option) => option.value === filter.userId)) {
    userOptions.unshift({ value: filter.userId, label: `用户 #${filter.userId}` });
  }

  return (
    <Form<Values> form={form} layout="inline" onFinish={apply} style={{ marginBottom: 16, rowGap: 12 }} initialValues={valuesOf(filter)}>
      <Form.Item label="站点" name="siteId">
        <Select<number>
          aria-label="站点"
          allowClear
          placeholder="全部站点"
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={sites.data?.items.map((site) => ({ value: site.id, label: site.name }))}
        />
      </Form.Item>
      <Form.Item label="用户" name="userId">
        <Select<number>
          aria-label="用户"
          allowClear
          placeholder="全部用户"
          style={{ width: 220 }}
          showSearch={{ filterOption: false, onSearch: setUserSearch }}
          onClear={() => setUserSearch('')}
          loading={users.isFetching}
          options={userOptions}
        />
      </Form.Item>
      <Form.Item label="操作" name="action" rules={[{ pattern: ACTION_PATTERN, message: '操作名形如 articles.submit' }]}>
        <Input aria-label="操作" placeholder="如 articles.submit" style={{ width: 180 }} allowClear />
      </Form.Item>
      <Form.Item label="日期" name="period">
        <DatePicker.RangePicker aria-label="日期" disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button onClick={() => onChange({ page: 1, pageSize: filter.pageSize })}>重置</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
