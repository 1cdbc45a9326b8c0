import { Form, Input, Select } from 'antd';
import { KIND_OPTIONS } from './kinds';

/** The form fields of a column, for creating and editing; a standard column keeps its slug. */
export function ColumnFields({ slugLocked = false }: { slugLocked?: boolean }) {
  const kind = Form.useWatch('kind');
  return (
    <>
      <Form.Item
        label="栏目名称"
        name="name"
        rules={[
          { required: true, whitespace: true, message: '请输入栏目名称' },
          { max: 50, message: '最长 50 个字符' },
        ]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        label="栏目目录(英文)"
        name="slug"
        extra={slugLocked ? '统一栏目的目录不能修改' : '网址中的目录名:小写字母、数字或连字符,如 jyzx'}
        rules={[
          { required: true, message: '请输入栏目目录' },
          { pattern: /^[a-z0-9][a-z0-9-]{0,49}$/, message: '须为 1–50 位小写字母、数字或连字符,且以字母或数字开头' },
        ]}
      >
        <Input disabled={slugLocked} maxLength={50} />
      </Form.Item>
      <Form.Item label="栏目类型" name="kind">
        <Select options={KIND_OPTIONS} />
      </Form.Item>
      {kind === 'link' && (
        <Form.Item
          label="链接地址"
          name="linkUrl"
          rules={[
            { required: true, message: '外链栏目需要链接地址' },
            { pattern: /^https?:\/\/\S+$/, message: '请输入 http:// 或 https:// 开头的网址' },
          ]}
        >
          <Input placeholder="https://" maxLength={500} />
        </Form.Item>
      )}
      <Form.Item label="栏目描述" name="description">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} />
      </Form.Item>
      <Form.Item label="关键词" name="keywords">
        <Input maxLength={200} placeholder="多个关键词用逗号分隔" />
      </Form.Item>
    </>
  );
}

export const COLUMN_FIELDS = ['name', 'slug', 'kind', 'linkUrl', 'description', 'keywords'] as const;
