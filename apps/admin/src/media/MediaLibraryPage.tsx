import { Flex, Pagination, Spin, Tabs } from 'antd';
import { useState } from 'react';
import { useCurrentSite } from '../app/SiteScope';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { AttachmentTable } from './AttachmentTable';
import { ImageGrid } from './ImageGrid';
import { MediaUploader } from './MediaUploader';
import { QuotaBar } from './QuotaBar';
import { useMediaList, type MediaFilter, type MediaKind } from './queries';

const PAGE_SIZE: Record<MediaKind, number> = { image: 24, attachment: 20 };

/** The site's uploads: drop files to upload, images as thumbnails, attachments as a list, each with where it is used. */
export default function MediaLibraryPage() {
  const site = useCurrentSite();
  const [filter, setFilter] = useState<MediaFilter>({ kind: 'image', page: 1, pageSize: PAGE_SIZE.image });
  const list = useMediaList(site.id, filter);
  const files = list.data?.items ?? [];

  return (
    <>
      <PageHeader title="媒体库">
        <div style={{ marginTop: 12 }}>
          <QuotaBar siteId={site.id} />
        </div>
      </PageHeader>
      <Flex vertical gap={16}>
        <MediaUploader siteId={site.id} />
        <Tabs
          activeKey={filter.kind}
          onChange={(kind) => setFilter({ kind: kind as MediaKind, page: 1, pageSize: PAGE_SIZE[kind as MediaKind] })}
          items={[
            { key: 'image', label: '图片' },
            { key: 'attachment', label: '附件' },
          ]}
        />
        {list.error ? (
          <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
        ) : filter.kind === 'image' ? (
          <Spin spinning={list.isFetching}>{list.isPending ? <div style={{ minHeight: 160 }} /> : <ImageGrid images={files} />}</Spin>
        ) : (
          <AttachmentTable files={files} loading={list.isFetching} />
        )}
        {(list.data?.total ?? 0) > filter.pageSize && (
          <Pagination
            align="end"
            current={filter.page}
            pageSize={filter.pageSize}
            total={list.data?.total}
            showTotal={(total) => `共 ${total} 个文件`}
            onChange={(page) => setFilter({ ...filter, page })}
          />
        )}
      </Flex>
    </>
  );
}
