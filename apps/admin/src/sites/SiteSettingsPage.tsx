import { Col, Flex, Row, Skeleton } from 'antd';
import { useCurrentSite } from '../app/SiteScope';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { useSite } from './queries';
import { RebuildCard } from './RebuildCard';
import { SiteDomainsCard } from './SiteDomainsCard';
import { SiteInfoForm } from './SiteInfoForm';
import { SiteQuotaCard } from './SiteQuotaCard';
import { StyleVariantCard } from './StyleVariantCard';

/** 站点设置: what a site's own admin may change — its fields, feature text, aliases and style. */
export default function SiteSettingsPage() {
  const { id } = useCurrentSite();
  const { data: site, error, refetch } = useSite(id);
  if (error) return <ErrorResult error={error} onRetry={() => void refetch()} />;
  if (!site) return <Skeleton active />;

  return (
    <>
      <PageHeader title="站点设置" />
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <SiteInfoForm key={site.id} site={site} portal={false} />
        </Col>
        <Col xs={24} xl={9}>
          <Flex vertical gap={16}>
            <StyleVariantCard key={site.id} site={site} />
            <SiteDomainsCard site={site} />
            <SiteQuotaCard siteId={site.id} editable={false} />
            <RebuildCard siteId={site.id} />
          </Flex>
        </Col>
      </Row>
    </>
  );
}
