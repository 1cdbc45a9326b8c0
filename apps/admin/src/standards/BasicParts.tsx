import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, InputNumber, Select, Switch, Typography } from 'antd';

/** 统一标识: the portal's name in every site's identity header, with or without the national emblem. */
export function IdentityFields() {
  return (
    <>
      <Form.Item
        name="portalName"
        label="门户名称"
        extra="显示在每个站点页头的统一标识中"
        rules={[
          { required: true, whitespace: true, message: '请填写门户名称' },
          { min: 2, max: 50, message: '2–50 个字符' },
        ]}
      >
        <Input />
      </Form.Item>
      <Form.Item name={['identity', 'showEmblem']} label="门户名称旁显示国徽" valuePropName="checked">
        <Switch />
      </Form.Item>
    </>
  );
}

/** 统一元数据: the generated description's length and meta tags every page carries. */
export function MetadataFields() {
  return (
    <>
      <Form.Item
        name={['metadata', 'descriptionChars']}
        label="自动摘要字数"
        extra="文章没有摘要时,取正文前若干字作为页面 Description"
        rules={[{ required: true, message: '请填写字数' }]}
      >
        <InputNumber min={40} max={300} precision={0} />
      </Form.Item>
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        附加 meta 标签
      </Typography.Title>
      <Typography.Paragraph type="secondary">每个页面都带上这些标签,例如上级单位的监测代码。</Typography.Paragraph>
      <Form.List name={['metadata', 'extra']}>
        {(tags, { add, remove }) => (
          <>
            {tags.map((tag, index) => (
              <Flex key={tag.key} gap={8} align="start">
                <Form.Item
                  name={[tag.name, 'name']}
                  label={`标签 ${index + 1} 名称`}
                  style={{ width: 180 }}
                  rules={[
                    { required: true, message: '请填写名称' },
                    { pattern: /^[A-Za-z][A-Za-z0-9_.:-]{0,49}$/, message: '字母开头的 meta 名称' },
                  ]}
                >
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[tag.name, 'content']}
                  label={`标签 ${index + 1} 内容`}
                  style={{ flex: 1 }}
                  rules={[{ max: 300, message: '最长 300 个字符' }]}
                >
                  <Input />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除标签 ${index + 1}`}
                  onClick={() => remove(tag.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} disabled={tags.length >= 20} onClick={() => add({ name: '', content: '' })}>
              添加 meta 标签
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

const SERVICES = [
  { name: 'print', label: '打印' },
  { name: 'mailbox', label: '领导信箱' },
  { name: 'errorReport', label: '我要找错' },
  { name: 'sitemap', label: '网站地图' },
];

/** 统一服务: the tools of every site's service bar (无障碍 and 长者模式 are always there). */
export function ServiceBarFields() {
  return (
    <>
      <Typography.Paragraph type="secondary">无障碍浏览和长者模式始终提供;以下工具可统一开关。</Typography.Paragraph>
      {SERVICES.map((service) => (
        <Form.Item key={service.name} name={['serviceBar', service.name]} label={service.label} valuePropName="checked">
          <Switch />
        </Form.Item>
      ))}
    </>
  );
}

/** 统一域名: the suffixes a site's domain names may end with. */
export function DomainFields() {
  return (
    <Form.Item
      name="allowedDomainSuffixes"
      label="允许的域名后缀"
      extra="站点绑定的域名必须以其中之一结尾;输入后按回车添加,如 .gov.cn"
      rules={[
        { required: true, type: 'array', min: 1, message: '至少一个后缀' },
        {
          validator: (_, value: string[] = []) => {
            const wrong = value.find((suffix) => !/^\.[\p{L}\p{N}.-]{1,60}$/u.test(suffix));
            return wrong ? Promise.reject(new Error(`「${wrong}」须以 . 开头,如 .gov.cn`)) : Promise.resolve();
          },
        },
      ]}
    >
      <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={[',', ',', ' ']} placeholder="如 .gov.cn" />
    </Form.Item>
  );
}
