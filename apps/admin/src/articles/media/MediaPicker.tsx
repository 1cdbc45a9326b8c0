import { InboxOutlined } from '@ant-design/icons';
import { App, Button, Empty, Modal, Pagination, Spin, Tabs, Typography, Upload, type UploadProps } from 'antd';
import { useState } from 'react';
import { uploadMedia } from '../../media/upload';
import { useMediaList, type MediaFile } from '../queries';
import { MediaThumb } from './MediaThumb';
import { rememberUpload } from './private-media';

export type MediaKind = 'image' | 'attachment';

const ACCEPT: Record<MediaKind, string> = {
  image: '.jpg,.jpeg,.png,.gif,.webp',
  attachment: '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.zip',
};
const KIND_NAME: Record<MediaKind, string> = { image: '图片', attachment: '附件' };

interface MediaPickerProps {
  siteId: number;
  kind: MediaKind;
  title: string;
  open: boolean;
  onClose(): void;
  onPick(file: MediaFile): void;
}

/** Picks a file of the site's media library: a new upload (with progress) or one already there. */
export function MediaPicker({ siteId, kind, title, open, onClose, onPick }: MediaPickerProps) {
  const { message } = App.useApp();
  const [page, setPage] = useState(1);
  const list = useMediaList(siteId, kind, page);

  const pick = (file: MediaFile) => {
    if (file.kind !== kind) {
      message.error(`「${file.name}」不是${KIND_NAME[kind]},请选择${KIND_NAME[kind]}文件`);
      return;
    }
    onPick(file);
    onClose();
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    uploadMedia(siteId, file as File, (percent) => onProgress?.({ percent })).then(
      (uploaded) => {
        rememberUpload(siteId, uploaded.publicPath, file as File);
        onSuccess?.(uploaded);
        void list.refetch();
        pick(uploaded);
      },
      (error: Error) => {
        message.error(`上传失败:${error.message}`);
        onError?.(error);
      },
    );
  };

  const library = (
    <Spin spinning={list.isFetching}>
      {list.error ? (
        <Typography.Text type="danger">{list.error.message}</Typography.Text>
      ) : list.data?.items.length ? (
        <>
          <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(120px, 1fr))', gap: 12 }}>
            {list.data.items.map((file) => (
              <Button
                key={file.id}
                onClick={() => pick(file)}
                style={{ height: 'auto', padding: 8, display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 6 }}
                aria-label={`选择 ${file.name}`}
              >
                <MediaThumb thumbnailUrl={file.thumbnailUrl} name={file.name} />
                <Typography.Text ellipsis style={{ maxWidth: 104, fontSize: 12 }}>
                  {file.name}
                </Typography.Text>
              </Button>
            ))}
          </div>
          <Pagination
            style={{ marginTop: 12 }}
            align="end"
            size="small"
            current={page}
            pageSize={12}
            total={list.data.total}
            onChange={setPage}
            showSizeChanger={false}
          />
        </>
      ) : (
        <Empty description={`媒体库中还没有${KIND_NAME[kind]}`} />
      )}
    </Spin>
  );

  return (
    <Modal title={title} open={open} onCancel={onClose} footer={null} width={720} destroyOnHidden>
      <Tabs
        items={[
          {
            key: 'upload',
            label: '上传新文件',
            children: (
              <Upload.Dragger
                accept={ACCEPT[kind]}
                customRequest={customRequest}
                showUploadList={{ showRemoveIcon: false }}
                multiple={false}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined aria-hidden />
                </p>
                <p className="ant-upload-text">点击或拖入{KIND_NAME[kind]}文件上传</p>
                <p className="ant-upload-hint">上传后保存在本站媒体库,文章发布时随页面一起发布</p>
              </Upload.Dragger>
            ),
          },
          { key: 'library', label: '从媒体库选择', children: library },
        ]}
      />
    </Modal>
  );
}
