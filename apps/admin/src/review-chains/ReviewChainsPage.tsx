import { Flex, Typography } from 'antd';
import { PageHeader } from '../ui/PageHeader';
import { PlatformChainCard } from './PlatformChainCard';
import { SiteChainsCard } from './SiteChainsCard';

/** 审核流程: the platform default chain and the per-site and per-column overrides the portal center allows. */
export default function ReviewChainsPage() {
  return (
    <>
      <PageHeader title="审核流程">
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          稿件按所在栏目的流程审核;栏目没有单独设置时用本站流程,本站没有单独设置时用平台默认流程。审核步骤为空时,稿件提交后直接发布。
        </Typography.Paragraph>
      </PageHeader>
      <Flex vertical gap={16}>
        <PlatformChainCard />
        <SiteChainsCard />
      </Flex>
    </>
  );
}
