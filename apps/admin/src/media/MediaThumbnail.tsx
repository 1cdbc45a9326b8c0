import { FileImageOutlined } from '@ant-design/icons';
import { Spin } from 'antd';
import { useAuthorizedUrl } from './authorized-file';
import type { MediaFile } from './queries';

const BOX = { height: 140, display: 'grid', placeItems: 'center', background: '#fafafa' } as const;

/** An image's 480×320 thumbnail, fetched with the session (uploads stay private until published). */
export function MediaThumbnail({ file }: { file: MediaFile }) {
  const { src, failed } = useAuthorizedUrl(file.thumbnailUrl);
  if (failed) {
    return (
      <div style={BOX} role="img" aria-label={`${file.name}(缩略图加载失败)`}>
        <FileImageOutlined style={{ fontSize: 32, color: '#bfbfbf' }} />
      </div>
    );
  }
  if (!src) {
    return (
      <div style={BOX}>
        <Spin size="small" />
      </div>
    );
  }
  return <img src={src} alt={file.name} style={{ ...BOX, width: '100%', objectFit: 'cover' }} />;
}
