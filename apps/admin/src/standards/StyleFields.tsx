import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { COLOR_RULE, ColorField } from './ColorField';

/** 统一风格: the standard colours and type, and the variants units may choose from (≤ 3 colours each). */
export function StyleFields() {
  return (
    <>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, fontSize: 14, marginBottom: 8 }}>标准风格</legend>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name={['style', 'primaryColor']} label="主色" rules={[{ required: true, message: '请填写主色' }, COLOR_RULE]}>
              <ColorField label="主色" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['style', 'accentColor']} label="辅色" rules={[{ required: true, message: '请填写辅色' }, COLOR_RULE]}>
              <ColorField label="辅色" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['style', 'textColor']} label="文字色" rules={[{ required: true, message: '请填写文字色' }, COLOR_RULE]}>
              <ColorField label="文字色" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name={['style', 'linkColor']}
              label="链接色(可选)"
              rules={[COLOR_RULE]}
              tooltip="须是主色、辅色或文字色之一(全站最多 3 种颜色)"
            >
              <ColorField label="链接色" placeholder="同主题默认" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name={['style', 'fontFamily']}
          label="字体"
          rules={[
            { required: true, message: '请填写字体' },
            { pattern: /^[\p{L}\p{N} ,'"-]+$/u, message: '只能包含字体名称、空格、逗号和引号' },
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name={['style', 'baseFontSize']} label="基准字号" rules={[{ required: true, message: '请填写基准字号' }]}>
          <InputNumber min={12} max={24} precision={0} suffix="px" />
        </Form.Item>
      </fieldset>
      <Typography.Title level={3} style={{ fontSize: 14, marginTop: 8 }}>
        可选风格方案
      </Typography.Title>
      <Typography.Paragraph type="secondary">各单位可从中选择一套用于本站;未选择的站点使用标准风格。</Typography.Paragraph>
      <Form.List name="styleVariants">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={`方案 ${index + 1}`}
                extra={
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`删除方案 ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                }
              >
                <Row gutter={12}>
                  <Col span={12}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label="名称"
                      rules={[
                        { required: true, message: '请填写名称' },
                        { max: 20, message: '最长 20 个字符' },
                      ]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name={[field.name, 'key']}
                      label="标识"
                      rules={[
                        { required: true, message: '请填写标识' },
                        { pattern: /^[a-z0-9-]{1,50}$/, message: '小写字母、数字或连字符' },
                      ]}
                    >
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name={[field.name, 'primaryColor']}
                      label="主色"
                      rules={[{ required: true, message: '请填写主色' }, COLOR_RULE]}
                    >
                      <ColorField label={`方案 ${index + 1} 主色`} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name={[field.name, 'accentColor']}
                      label="辅色"
                      rules={[{ required: true, message: '请填写辅色' }, COLOR_RULE]}
                    >
                      <ColorField label={`方案 ${index + 1} 辅色`} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item name={[field.name, 'linkColor']} label="链接色(可选)" rules={[COLOR_RULE]}>
                      <ColorField label={`方案 ${index + 1} 链接色`} placeholder="同标准风格" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= 12}
              onClick={() => add({ key: `style-${fields.length + 1}`, name: '', primaryColor: '#b5121b', accentColor: '#1f4e8c' })}
            >
              添加风格方案
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}
