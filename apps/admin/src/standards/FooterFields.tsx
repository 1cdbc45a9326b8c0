import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Input, Row, Select, Typography } from 'antd';
import { FOOTER_ITEMS } from './profile';

const ITEM_OPTIONS = FOOTER_ITEMS.map((item) => ({ value: item.value, label: item.required ? `${item.label}(必备)` : item.label }));

/** 统一页脚: the locked rows of footer items every site shows, and the values for items a site leaves empty. */
export function FooterFields() {
  return (
    <>
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        页脚布局
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        每行列出的项目按顺序显示;主办单位、网站标识码、ICP备案号、公安机关备案号必须出现,且每项只出现一次。
      </Typography.Paragraph>
      <Form.List name={['footer', 'layout']}>
        {(rows, { add, remove }) => (
          <>
            {rows.map((row, index) => (
              <Flex key={row.key} gap={8} align="start">
                <Form.Item
                  name={row.name}
                  label={`第 ${index + 1} 行`}
                  style={{ flex: 1 }}
                  rules={[{ required: true, type: 'array', min: 1, message: '每行至少一个项目,不需要的行请删除' }]}
                >
                  <Select mode="multiple" options={ITEM_OPTIONS} placeholder="选择本行的项目" />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除第 ${index + 1} 行`}
                  disabled={rows.length <= 1}
                  onClick={() => remove(row.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} disabled={rows.length >= 8} onClick={() => add([])} style={{ marginBottom: 24 }}>
              添加一行
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={3} style={{ fontSize: 14 }}>
        默认值
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        站点资料中未填写的项目显示这里的值,例如共用门户的 ICP 备案号。留空则不显示。
      </Typography.Paragraph>
      <Row gutter={16}>
        {FOOTER_ITEMS.map((item) => (
          <Col span={12} key={item.value}>
            <Form.Item
              name={['footer', 'defaults', item.value]}
              label={item.label}
              rules={[
                { max: 100, message: '最长 100 个字符' },
                ...(item.value === 'idCode' ? [{ pattern: /^[0-9A-Za-z]{10}$/, message: '网站标识码是 10 位字母或数字' }] : []),
              ]}
            >
              <Input allowClear />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item
        name={['footer', 'conacUrl']}
        label="党政机关标识链接"
        rules={[
          { required: true, message: '请填写链接' },
          { pattern: /^https?:\/\/\S+$/, message: '须是 http(s) 地址' },
        ]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name={['footer', 'errorReportPath']}
        label="我要找错入口(门户上的路径)"
        rules={[
          { required: true, message: '请填写路径' },
          { pattern: /^\/[A-Za-z0-9/_.-]*$/, message: '须是以 / 开头的站内路径' },
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </>
  );
}
