import { App, Button, Card, Col, Form, Input, Row } from 'antd';
import { showFormErrors } from '../ui/form-errors';
import { FOOTER_FIELDS, FooterFields } from './FooterFields';
import { useStandards, useUpdateSite, type Site, type SiteFields } from './queries';
import { CategoryField, SiteNameField } from './SiteFields';

const FIELDS = ['name', 'category', 'featureText', ...FOOTER_FIELDS] as const;

/** The site's own fields; the category (党群/政府) only the portal center sets. */
export function SiteInfoForm({ site, portal }: { site: Site; portal: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SiteFields>();
  const update = useUpdateSite(site.id);
  const standards = useStandards();

  async function save(values: SiteFields) {
    const changed = Object.fromEntries(Object.entries(values).filter(([key, value]) => value !== site[key as keyof Site]));
    if (!Object.keys(changed).length) return void message.info('没有需要保存的修改');
    try {
      await update.mutateAsync(changed);
      message.success('站点信息已保存,网站页面将随之更新');
    } catch (error) {
      showFormErrors(form, error, FIELDS, message.error);
    }
  }

  return (
    <Card title="站点信息" size="small">
      <Form<SiteFields> form={form} layout="vertical" initialValues={site} onFinish={save} requiredMark={false}>
        <Row gutter={16}>
          <Col xs={24} lg={portal ? 12 : 24}>
            <SiteNameField />
          </Col>
          {portal && (
            <Col xs={24} lg={12}>
              <CategoryField />
            </Col>
          )}
        </Row>
        <Form.Item label="本单位特色文字" name="featureText" extra="显示在网站页头的本单位特色横幅上,最长 200 个字符">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={200} showCount />
        </Form.Item>
        <FooterFields defaults={standards.data?.footer.defaults} />
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          保存站点信息
        </Button>
      </Form>
    </Card>
  );
}
