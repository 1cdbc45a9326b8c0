import { Badge, Col, Flex, Row, Skeleton, Tag } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { CATEGORY_NAMES, KIND_NAMES, STATUS_NAMES } from './names';
import { useSite } from './queries';
import { RebuildCard } from './RebuildCard';
import { SiteDomainsCard } from './SiteDomainsCard';
import { SiteInfoForm } from './SiteInfoForm';
import { SiteQuotaCard } from './SiteQuotaCard';
import { SiteStatusButton } from './SiteStatusButton';
import { StyleVariantCard } from './StyleVariantCard';

/** One site as the portal center administers it: fields, domains, status, style, quota, rebuild. */
export default function SiteDetailPage() {
  const siteId = Number(useParams().siteId);
  const { data: site, error, refetch } = useSite(siteId);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!site) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={site.name}
        extra={
          <Flex gap={12} align="center">
            <Badge status={site.status === 'active' ? 'success' : 'warning'} text={STATUS_NAMES[site.status]} />
            <SiteStatusButton site={site} />
          </Flex>
        }
      >
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Tag>代码 {site.code}</Tag>
          <Tag>{KIND_NAMES[site.kind]}网站</Tag>
          <Tag>{CATEGORY_NAMES[site.category]}</Tag>
        </Flex>
      </PageHeader>
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <SiteInfoForm key={site.id} site={site} portal />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <SiteDomainsCard site={site} />
            <StyleVariantCard key={site.id} site={site} />
            <SiteQuotaCard siteId={site.id} editable />
            <RebuildCard siteId={site.id} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
