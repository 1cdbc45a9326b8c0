import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useDeleteMedia, type MediaFile } from './queries';

/** Deletes a file; the API refuses one still in use (409) and its sentence is shown. */
export function DeleteMediaButton({ file }: { file: MediaFile }) {
  const { message } = App.useApp();
  const remove = useDeleteMedia(file.siteId);

  async function confirm() {
    try {
      await remove.mutateAsync(file.id);
      message.success(`已删除「${file.name}」`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '删除失败');
    }
  }

  return (
    <Popconfirm
      title={`删除「${file.name}」?`}
      description={file.usedBy.length ? '此文件正被文章使用,需先从文章中移除才能删除' : '删除后不可恢复'}
      okText="删除"
      okButtonProps={{ danger: true }}
      onConfirm={confirm}
    >
      <Button type="text" danger size="small" icon={<DeleteOutlined />} loading={remove.isPending} aria-label={`删除 ${file.name}`}>
        删除
      </Button>
    </Popconfirm>
  );
}
