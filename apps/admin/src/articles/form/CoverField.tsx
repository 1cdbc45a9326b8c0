import { Button, Space } from 'antd';
import { useState } from 'react';
import { MediaPicker } from '../media/MediaPicker';
import { MediaThumb } from '../media/MediaThumb';

/** 封面图片: an image of the site's media library (its id), shown as its thumbnail. */
export function CoverField({
  siteId,
  value,
  onChange,
  disabled,
}: {
  siteId: number;
  value?: number | null;
  onChange?(id: number | null): void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <Space align="end">
      {value ? <MediaThumb thumbnailUrl={`/api/v1/sites/${siteId}/media/${value}/thumbnail`} name="封面图片" size={120} /> : null}
      <Space orientation="vertical" size={4}>
        <Button size="small" disabled={disabled} onClick={() => setOpen(true)}>
          {value ? '更换封面' : '选择封面图片'}
        </Button>
        {value ? (
          <Button size="small" danger type="text" disabled={disabled} onClick={() => onChange?.(null)}>
            移除封面
          </Button>
        ) : null}
      </Space>
      <MediaPicker
        siteId={siteId}
        kind="image"
        title="选择封面图片"
        open={open}
        onClose={() => setOpen(false)}
        onPick={(file) => onChange?.(file.id)}
      />
    </Space>
  );
}
