import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import { formatTime } from '../ui/format';
import { downloadFile } from './authorized-file';
import { DeleteMediaButton } from './DeleteMediaButton';
import { formatBytes } from './format';
import { MediaUsedBy } from './MediaUsedBy';
import type { MediaFile } from './queries';

/** The site's attachments (documents, sheets, archives) as a list. */
export function AttachmentTable({ files, loading }: { files: MediaFile[]; loading: boolean }) {
  const { message } = App.useApp();

  async function download(file: MediaFile) {
    try {
      await downloadFile(file.fileUrl, file.name);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '下载失败');
    }
  }

  return (
    <Table<MediaFile>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={files}
      pagination={false}
      locale={{ emptyText: '还没有附件,拖入或点击上方区域上传' }}
      columns={[
        { title: '文件名', dataIndex: 'name' },
        { title: '类型', dataIndex: 'ext', width: 80, render: (ext: string) => ext.toUpperCase() },
        { title: '大小', dataIndex: 'bytes', width: 100, render: formatBytes },
        { title: '上传时间', dataIndex: 'createdAt', width: 160, render: formatTime },
        { title: '使用情况', key: 'usedBy', width: 160, render: (_, file) => <MediaUsedBy file={file} /> },
        {
          title: '操作',
          key: 'actions',
          width: 170,
          render: (_, file) => (
            <Space size={0}>
              <Button
                type="text"
                size="small"
                icon={<DownloadOutlined />}
                onClick={() => void download(file)}
                aria-label={`下载 ${file.name}`}
              >
                下载
              </Button>
              <DeleteMediaButton file={file} />
            </Space>
          ),
        },
      ]}
    />
  );
}
