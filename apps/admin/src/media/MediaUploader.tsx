import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useMediaChanged } from './queries';
import { uploadMedia } from './upload';

/**
 * Drag-and-drop (or click) upload with each file's progress. The API decides the type by the
 * bytes; a refusal (too large 413, wrong type 415, over quota …) stays in the list as its sentence.
 */
export function MediaUploader({ siteId }: { siteId: number }) {
  const { message } = App.useApp();
  const changed = useMediaChanged(siteId);
  const [files, setFiles] = useState<UploadFile[]>([]);

  return (
    <Upload.Dragger
      multiple
      fileList={files}
      // Uploaded files show in the library below; only running and refused ones stay here.
      onChange={({ fileList }) => setFiles(fileList.filter((file) => file.status !== 'done'))}
      customRequest={({ file, onProgress, onSuccess, onError }) => {
        uploadMedia(siteId, file as File, (percent) => onProgress?.({ percent })).then(
          (uploaded) => {
            onSuccess?.(uploaded);
            message.success(`已上传「${uploaded.name}」`);
            void changed();
          },
          (error: Error) => {
            onError?.(error, error.message);
            message.error(`「${(file as File).name}」上传失败:${error.message}`);
          },
        );
      }}
      itemRender={(node, file) =>
        file.status === 'error' ? (
          <div>
            {node}
            <Alert type="error" showIcon title={String(file.response ?? '上传失败')} style={{ padding: '2px 8px', marginTop: 4 }} />
          </div>
        ) : (
          node
        )
      }
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">将文件拖到此处,或点击选择文件上传</p>
      <p className="ant-upload-hint">
        支持 jpg、png、gif、webp 图片,以及 pdf、Word、Excel、PowerPoint 文档和 zip 压缩包;可一次选择多个文件
      </p>
    </Upload.Dragger>
  );
}
