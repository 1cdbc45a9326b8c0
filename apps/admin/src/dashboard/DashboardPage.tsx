import { Col, Row, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentSite } from '../app/SiteScope';
import { hasAnyRole, hasSiteRole } from '../auth/roles';
import { useSession } from '../auth/useSession';
import { StalledReviewAlert } from '../reviews/StalledReviewAlert';
import { PageHeader } from '../ui/PageHeader';
import { DraftsCard, PendingArticlesCard, PublishedCard, ReturnedCard } from './ArticleCards';
import { LettersCard, MyReviewsCard, StorageCard } from './OtherCards';
import { useStalledArticles } from './queries';

/** 工作台: what waits for the user on this site, by their roles here. */
export default function DashboardPage() {
  const site = useCurrentSite();
  const { user } = useSession();
  const writer = hasSiteRole(user, site.id, ['site_admin', 'editor']);
  const reviewer = hasSiteRole(user, site.id, ['leader']) || hasAnyRole(user, ['portal_reviewer', 'security_reviewer']);
  const letters = hasSiteRole(user, site.id, ['site_admin', 'letter_handler', 'leader']);
  const stalled = useStalledArticles(site.id).data ?? [];
  const cards: { key: string; shown: boolean; card: ReactNode }[] = [
    { key: 'drafts', shown: writer, card: <DraftsCard siteId={site.id} /> },
    { key: 'returned', shown: writer, card: <ReturnedCard siteId={site.id} /> },
    { key: 'reviews', shown: reviewer, card: <MyReviewsCard siteId={site.id} /> },
    { key: 'pending', shown: true, card: <PendingArticlesCard siteId={site.id} /> },
    { key: 'published', shown: true, card: <PublishedCard siteId={site.id} /> },
    { key: 'letters', shown: letters, card: <LettersCard siteId={site.id} /> },
    { key: 'storage', shown: true, card: <StorageCard siteId={site.id} linkToMedia={writer} /> },
  ];

  return (
    <>
      <PageHeader title="工作台">
        <Typography.Text type="secondary">
          {user?.displayName},您好!这里是「{site.name}」今天需要您处理的事项。
        </Typography.Text>
      </PageHeader>
      {stalled.length > 0 && (
        <StalledReviewAlert
          description={
            <>
              {stalled.map((article, index) => (
                <span key={article.id}>
                  {index > 0 && '、'}
                  <Link to={`/s/${site.id}/articles/${article.id}`}>{article.title}</Link>
                </span>
              ))}
            </>
          }
        />
      )}
      <Row gutter={[16, 16]}>
        {cards
          .filter(({ shown }) => shown)
          .map(({ key, card }) => (
            <Col key={key} xs={24} xl={12} xxl={8}>
              {card}
            </Col>
          ))}
      </Row>
    </>
  );
}
