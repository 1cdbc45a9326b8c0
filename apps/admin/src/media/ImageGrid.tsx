import { Card, Empty, Flex, Typography } from 'antd';
import { DeleteMediaButton } from './DeleteMediaButton';
import { formatBytes } from './format';
import { MediaThumbnail } from './MediaThumbnail';
import { MediaUsedBy } from './MediaUsedBy';
import type { MediaFile } from './queries';

/** The site's images as thumbnails, each with its size, where it is used and a delete button. */
export function ImageGrid({ images }: { images: MediaFile[] }) {
  if (!images.length) return <Empty description="还没有图片,拖入或点击上方区域上传" />;
  return (
    <ul
      aria-label="图片"
      style={{
        listStyle: 'none',
        padding: 0,
        margin: 0,
        display: 'grid',
        gap: 16,
        gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
      }}
    >
      {images.map((image) => (
        <li key={image.id} aria-label={image.name}>
          <Card size="small" cover={<MediaThumbnail file={image} />} styles={{ body: { padding: 8 } }}>
            <Typography.Text ellipsis={{ tooltip: image.name }} strong style={{ display: 'block' }}>
              {image.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {image.width}×{image.height} · {formatBytes(image.bytes)}
            </Typography.Text>
            <Flex justify="space-between" align="center" style={{ marginTop: 6 }}>
              <MediaUsedBy file={image} />
              <DeleteMediaButton file={image} />
            </Flex>
          </Card>
        </li>
      ))}
    </ul>
  );
}
