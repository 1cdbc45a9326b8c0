import { App, Button, Popconfirm } from 'antd';
import { useSetSiteStatus, type Site } from './queries';

/** Suspends a site (its domains answer with a notice page) or resumes it, after confirmation. */
export function SiteStatusButton({ site }: { site: Site }) {
  const { message } = App.useApp();
  const setStatus = useSetSiteStatus(site.id);
  const suspending = site.status === 'active';

  async function confirm() {
    try {
      await setStatus.mutateAsync(suspending ? 'suspended' : 'active');
      message.success(suspending ? `已暂停「${site.name}」` : `已恢复「${site.name}」`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '操作失败');
    }
  }

  return (
    <Popconfirm
      title={suspending ? `暂停「${site.name}」?` : `恢复「${site.name}」?`}
      description={suspending ? '暂停后,访问该网站的群众将看到暂停服务的提示页。' : '恢复后网站立即重新对外服务。'}
      okText={suspending ? '暂停网站' : '恢复网站'}
      okButtonProps={{ danger: suspending }}
      onConfirm={confirm}
    >
      <Button danger={suspending} loading={setStatus.isPending}>
        {suspending ? '暂停网站' : '恢复网站'}
      </Button>
    </Popconfirm>
  );
}
