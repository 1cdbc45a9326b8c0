import { FileOutlined } from '@ant-design/icons';
import { usePrivateUrl } from './private-media';

/** A library file as a small picture (its private thumbnail) or a file icon. */
export function MediaThumb({ thumbnailUrl, name, size = 96 }: { thumbnailUrl: string | null; name: string; size?: number }) {
  const url = usePrivateUrl(thumbnailUrl);
  const box = { width: size, height: (size * 2) / 3, borderRadius: 4, background: '#f5f5f5', display: 'block' } as const;
  if (!thumbnailUrl) {
    return (
      <span style={{ ...box, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 28, color: '#8c8c8c' }}>
        <FileOutlined aria-hidden />
      </span>
    );
  }
  return url ? <img src={url} alt={name} style={{ ...box, objectFit: 'cover' }} /> : <span style={box} aria-label={name} />;
}
