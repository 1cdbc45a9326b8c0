import { Col, Form, Input, Row } from 'antd';

/** The site's footer items (统一页脚), for the wizard and the site's own settings. */
export const FOOTER_FIELDS = ['sponsor', 'organizer', 'contactPhone', 'contactAddress', 'idCode', 'orgCode', 'icp', 'psb'] as const;

/** Empty footer items show the standards profile's defaults (e.g. the shared ICP filing). */
export function FooterFields({ defaults = {} }: { defaults?: Partial<Record<string, string>> }) {
  const placeholder = (name: string, fallback?: string) => (defaults[name] ? `留空则显示:${defaults[name]}` : fallback);
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item label="主办单位" name="sponsor" rules={[{ max: 100, message: '最长 100 个字符' }]}>
          <Input maxLength={100} placeholder={placeholder('sponsor')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="承办单位" name="organizer" rules={[{ max: 100, message: '最长 100 个字符' }]}>
          <Input maxLength={100} placeholder={placeholder('organizer')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          label="联系电话"
          name="contactPhone"
          rules={[{ pattern: /^[0-9+\-() ,、转]*$/u, message: '只能包含数字、空格和 + - ( ) , 、转' }]}
        >
          <Input maxLength={50} placeholder={placeholder('contactPhone')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="联系地址" name="contactAddress">
          <Input maxLength={200} placeholder={placeholder('contactAddress')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          label="网站标识码"
          name="idCode"
          extra="政府网站标识码,10 位字母或数字"
          rules={[{ pattern: /^([0-9A-Za-z]{10})?$/, message: '标识码须为 10 位字母或数字' }]}
        >
          <Input maxLength={10} placeholder={placeholder('idCode', '如 4103240001')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item
          label="统一社会信用代码"
          name="orgCode"
          extra="信息公开索引号的前缀;留空则用站点代码"
          rules={[{ pattern: /^[0-9A-Z]{0,32}$/, message: '须为不超过 32 位的数字或大写字母' }]}
        >
          <Input maxLength={32} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="ICP 备案号" name="icp">
          <Input maxLength={50} placeholder={placeholder('icp', '如 豫ICP备05001234号-1')} />
        </Form.Item>
      </Col>
      <Col xs={24} lg={12}>
        <Form.Item label="公安机关备案号" name="psb">
          <Input maxLength={50} placeholder={placeholder('psb', '如 豫公网安备 41032402000001号')} />
        </Form.Item>
      </Col>
    </Row>
  );
}
