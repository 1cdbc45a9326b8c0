import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

const VALIDITY = [
  { value: 'valid', label: '有效' },
  { value: 'revised', label: '已修订' },
  { value: 'repealed', label: '已废止' },
];

/** The metadata of a 信息公开 document (shown only for articles in 信息公开 columns). */
export function DisclosureFields({ disabled }: { disabled: boolean }) {
  return (
    <>
      <Form.Item name="issuer" label="发布机构" extra="留空时为本单位名称">
        <Input maxLength={100} disabled={disabled} />
      </Form.Item>
      <Form.Item
        name="writtenOn"
        label="成文日期"
        getValueProps={(value?: string | null) => ({ value: value ? dayjs(value) : null })}
        normalize={(value?: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null)}
      >
        <DatePicker style={{ width: '100%' }} disabled={disabled} />
      </Form.Item>
      <Form.Item name="docNo" label="文号">
        <Input maxLength={64} placeholder="如:示政办〔2027〕12号" disabled={disabled} />
      </Form.Item>
      <Form.Item name="topic" label="主题分类">
        <Input maxLength={50} disabled={disabled} />
      </Form.Item>
      <Form.Item name="validity" label="有效性">
        <Select options={VALIDITY} disabled={disabled} />
      </Form.Item>
    </>
  );
}
