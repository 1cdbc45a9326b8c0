import { Form, Select } from 'antd';
import { OFFICE_OPTIONS } from './names';

export const OFFICE_REQUIRED = '两办审核人员必须选择所属办公室(党群或政府)';

/**
 * 审核办公室: a 两办 reviewer reviews the units of one office, so it is required whenever the form's
 * `role` is portal_reviewer, or when `required` says the account is one (the API refuses otherwise).
 */
export function OfficeField({ required = false, extra }: { required?: boolean; extra: string }) {
  const role = Form.useWatch('role', Form.useFormInstance());
  const needed = required || role === 'portal_reviewer';
  return (
    <Form.Item label="审核办公室" name="office" extra={extra} rules={[{ required: needed, message: OFFICE_REQUIRED }]}>
      <Select allowClear={!needed} options={OFFICE_OPTIONS} placeholder={needed ? '选择党群或政府' : '无'} />
    </Form.Item>
  );
}
