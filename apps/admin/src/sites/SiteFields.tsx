import { Form, Input, Select } from 'antd';
import { CATEGORY_OPTIONS } from './names';

/** The site's name, as the wizard and the site's settings ask for it. */
export function SiteNameField({ placeholder }: { placeholder?: string }) {
  return (
    <Form.Item
      label="站点名称"
      name="name"
      rules={[
        { required: true, whitespace: true, message: '请输入站点名称' },
        { max: 100, message: '最长 100 个字符' },
      ]}
    >
      <Input maxLength={100} placeholder={placeholder} />
    </Form.Item>
  );
}

/** The unit's category: a 党群 or a 政府 unit. */
export function CategoryField() {
  return (
    <Form.Item label="单位类别" name="category">
      <Select options={CATEGORY_OPTIONS} />
    </Form.Item>
  );
}
