import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useState } from 'react';
import { MediaPicker } from '../media/MediaPicker';
import { useMediaFile } from '../queries';

function AttachmentName({ siteId, id }: { siteId: number; id: number }) {
  const { data, error } = useMediaFile(siteId, id);
  if (error)
    return (
      <Typography.Text type="danger">
        文件 {id}:{error.message}
      </Typography.Text>
    );
  return <Typography.Text ellipsis>{data?.name ?? '…'}</Typography.Text>;
}

/** 附件: files listed under the body on the page, in this order. */
export function AttachmentsField({
  siteId,
  value = [],
  onChange,
  disabled,
}: {
  siteId: number;
  value?: number[];
  onChange?(ids: number[]): void;
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      {value.length > 0 && (
        <ol
          aria-label="附件列表"
          style={{ listStyle: 'none', margin: '0 0 8px', padding: 0, border: '1px solid #f0f0f0', borderRadius: 6 }}
        >
          {value.map((id) => (
            <li
              key={id}
              style={{
                display: 'flex',
                alignItems: 'center',
                gap: 6,
                padding: '4px 8px',
                borderTop: id === value[0] ? 0 : '1px solid #f0f0f0',
              }}
            >
              <PaperClipOutlined aria-hidden />
              <span style={{ flex: 1, minWidth: 0 }}>
                <AttachmentName siteId={siteId} id={id} />
              </span>
              <Button
                type="text"
                size="small"
                danger
                icon={<DeleteOutlined />}
                aria-label="移除附件"
                disabled={disabled}
                onClick={() => onChange?.(value.filter((other) => other !== id))}
              />
            </li>
          ))}
        </ol>
      )}
      <Button size="small" disabled={disabled} onClick={() => setOpen(true)}>
        添加附件
      </Button>
      <MediaPicker
        siteId={siteId}
        kind="attachment"
        title="添加附件"
        open={open}
        onClose={() => setOpen(false)}
        onPick={(file) => onChange?.(value.includes(file.id) ? value : [...value, file.id])}
      />
    </>
  );
}
