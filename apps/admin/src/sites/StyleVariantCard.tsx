import { App, Button, Card, Flex, Radio, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useStandards, useUpdateSite, type Site } from './queries';

function Swatches({ colors }: { colors: (string | undefined)[] }) {
  return (
    <Flex gap={4} aria-hidden>
      {colors.filter(Boolean).map((color) => (
        <span key={color} style={{ width: 16, height: 16, borderRadius: 2, background: color, border: '1px solid #d9d9d9' }} />
      ))}
    </Flex>
  );
}

/** The site's colour scheme: the standard style or one of the variants the portal center approved (统一风格). */
export function StyleVariantCard({ site }: { site: Site }) {
  const { message } = App.useApp();
  const standards = useStandards();
  const update = useUpdateSite(site.id);
  const [choice, setChoice] = useState(site.styleVariant);

  async function save() {
    try {
      await update.mutateAsync({ styleVariant: choice });
      message.success('网站风格已更换,页面正在重新生成');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '保存失败');
    }
  }

  const profile = standards.data;
  return (
    <Card title="网站风格" size="small">
      {!profile ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : (
        <Flex vertical gap={12}>
          <Radio.Group aria-label="网站风格" value={choice} onChange={(event) => setChoice(event.target.value)}>
            <Flex vertical gap={8}>
              <Radio value="">
                <Flex gap={8} align="center">
                  标准风格 <Swatches colors={[profile.style.primaryColor, profile.style.accentColor, profile.style.linkColor]} />
                </Flex>
              </Radio>
              {profile.styleVariants.map((variant) => (
                <Radio key={variant.key} value={variant.key}>
                  <Flex gap={8} align="center">
                    {variant.name} <Swatches colors={[variant.primaryColor, variant.accentColor, variant.linkColor]} />
                  </Flex>
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
          {!profile.styleVariants.length && <Typography.Text type="secondary">门户中心尚未核准其他配色方案。</Typography.Text>}
          <Button
            type="primary"
            disabled={choice === site.styleVariant}
            loading={update.isPending}
            onClick={() => void save()}
            style={{ alignSelf: 'flex-start' }}
          >
            应用风格
          </Button>
        </Flex>
      )}
    </Card>
  );
}
