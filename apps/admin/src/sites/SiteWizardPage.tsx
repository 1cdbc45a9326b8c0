import { App, Button, Card, Col, Flex, Form, Input, Row, Select, Steps, Typography } from 'antd';
import { useState } from 'react';
import type { components } from '../api/schema';
import { PageHeader } from '../ui/PageHeader';
import { USERNAME_RULES } from '../users/names';
import { FooterFields } from './FooterFields';
import { KIND_OPTIONS } from './names';
import { ProvisionedResult } from './ProvisionedResult';
import { useProvisionSite, usePlatformInfo, useStandards, type NewSite } from './queries';
import { CategoryField, SiteNameField } from './SiteFields';
import { parseAliases, primaryHostFor } from './site-url';
import { WizardConfirm } from './WizardConfirm';
import { errorFields, stepOf, STEPS } from './wizard-steps';

type Provisioned = components['schemas']['ProvisionedSiteResponse'];
type Values = Omit<NewSite, 'aliases'> & { aliasesText?: string };
/** Opening a new site (开设站点): five steps, a preview of what it gets, then its admin's password once. */
export default function SiteWizardPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [current, setCurrent] = useState(0);
  const [done, setDone] = useState<Provisioned | null>(null);
  const standards = useStandards();
  const { data: info } = usePlatformInfo();
  const provision = useProvisionSite();
  const values = Form.useWatch([], form) as Values | undefined;
  const kind = values?.kind ?? 'department';
  const primaryHost = info && values?.code ? primaryHostFor(kind, values.code, info.platformDomain) : null;
  const suffixes = standards.data?.allowedDomainSuffixes ?? [];

  function site(): NewSite {
    const { aliasesText, ...rest } = form.getFieldsValue(true) as Values;
    return { ...rest, aliases: parseAliases(aliasesText ?? '') };
  }

  async function next() {
    try {
      await form.validateFields(STEPS[current].fields);
      setCurrent(current + 1);
    } catch {
      // the fields show what to fix
    }
  }

  async function submit() {
    try {
      setDone(await provision.mutateAsync(site()));
    } catch (error) {
      const { fields, rest } = errorFields(error);
      form.setFields(fields.map(([name, text]) => ({ name: name as never, errors: [text] })));
      if (fields.length) setCurrent(Math.min(...fields.map(([name]) => stepOf(name)).filter((step) => step >= 0)));
      if (rest.length || !fields.length) message.error(rest.join(';') || (error instanceof Error ? error.message : '开设失败'));
    }
  }

  if (done) {
    return (
      <>
        <PageHeader title="开设新站点" />
        <ProvisionedResult
          site={done}
          onAnother={() => {
            form.resetFields();
            setCurrent(0);
            setDone(null);
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title="开设新站点" />
      <Card>
        <Steps current={current} items={STEPS.map((step) => ({ title: step.title }))} style={{ marginBottom: 24 }} />
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ kind: 'department', category: 'government' }}
          onValuesChange={(changed: Partial<Values>) => {
            // Suggest the admin account from the code and name (still editable).
            if (changed.code !== undefined && !form.isFieldTouched(['admin', 'username']))
              form.setFieldValue(['admin', 'username'], `${changed.code}_admin`);
            if (changed.name !== undefined && !form.isFieldTouched(['admin', 'displayName']))
              form.setFieldValue(['admin', 'displayName'], `${changed.name}网站管理员`);
          }}
        >
          <div hidden={current !== 0}>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <SiteNameField placeholder="如 示范县教育局" />
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item
                  label="站点代码"
                  name="code"
                  extra="网站的二级域名和信息公开索引号的默认前缀,开设后不能修改"
                  rules={[
                    { required: true, message: '请输入站点代码' },
                    { pattern: /^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/, message: '须为 2–32 位小写字母、数字或连字符,不以连字符开头或结尾' },
                  ]}
                >
                  <Input maxLength={32} placeholder="如 jyj" />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item label="网站类型" name="kind" extra="决定新站点获得哪一套统一栏目">
                  <Select options={KIND_OPTIONS} />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <CategoryField />
              </Col>
            </Row>
          </div>
          <div hidden={current !== 1}>
            <Typography.Paragraph type="secondary">
              页脚信息显示在网站每一页底部(统一页脚);留空的项目显示门户中心设置的默认值。
            </Typography.Paragraph>
            <FooterFields defaults={standards.data?.footer.defaults} />
          </div>
          <div hidden={current !== 2}>
            <Form.Item label="主域名">
              <Typography.Text strong>{primaryHost ?? '—'}</Typography.Text>
              <Typography.Text type="secondary"> (由站点代码和平台域名自动生成)</Typography.Text>
            </Form.Item>
            <Form.Item
              label="别名域名(可选)"
              name="aliasesText"
              extra={`原有的旧域名,每行一个,访问时跳转到主域名。${suffixes.length ? `须以 ${suffixes.join('、')} 结尾。` : ''}`}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} placeholder="如 jyj.old-county.gov.cn" />
            </Form.Item>
          </div>
          <div hidden={current !== 3}>
            <Typography.Paragraph type="secondary">开设时为本单位创建一个站点管理员账号,并生成一次性初始密码。</Typography.Paragraph>
            <Row gutter={16}>
              <Col xs={24} lg={12}>
                <Form.Item label="管理员用户名" name={['admin', 'username']} rules={USERNAME_RULES}>
                  <Input maxLength={64} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} lg={12}>
                <Form.Item
                  label="管理员姓名"
                  name={['admin', 'displayName']}
                  rules={[{ required: true, whitespace: true, message: '请输入管理员姓名' }]}
                >
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
            </Row>
          </div>
          {current === 4 && primaryHost && <WizardConfirm site={site()} primaryHost={primaryHost} profile={standards.data} />}
        </Form>
        <Flex justify="space-between" style={{ marginTop: 24 }}>
          <Button disabled={current === 0} onClick={() => setCurrent(current - 1)}>
            上一步
          </Button>
          {current < STEPS.length - 1 ? (
            <Button type="primary" onClick={() => void next()}>
              下一步
            </Button>
          ) : (
            <Button type="primary" loading={provision.isPending} onClick={() => void submit()}>
              开设站点
            </Button>
          )}
        </Flex>
      </Card>
    </>
  );
}
