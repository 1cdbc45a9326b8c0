import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { groupLabel } from './groups';
import { LinkFormModal } from './LinkFormModal';
import { useGovLinks, useRemoveGovLink, type GovLink } from './queries';

/** 政府网站链接: the block in every site's footer, kept by the portal center. */
export default function LinksPage() {
  const { message } = App.useApp();
  const links = useGovLinks();
  const remove = useRemoveGovLink();
  const [editing, setEditing] = useState<{ link: GovLink | null } | null>(null);

  async function removeLink(link: GovLink) {
    try {
      await remove.mutateAsync(link.id);
      message.success(`已删除「${link.name}」`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '删除失败');
    }
  }

  return (
    <>
      <PageHeader
        title="政府网站链接"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ link: null })}>
            添加链接
          </Button>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          显示在所有站点页脚的「政府网站链接」区块,修改后各站点页面自动重新生成。没有添加同级网站时,页脚自动列出站群内的各站点(门户在前)。
        </Typography.Paragraph>
      </PageHeader>
      {links.error ? (
        <ErrorResult error={links.error} onRetry={() => void links.refetch()} />
      ) : (
        <Table<GovLink>
          rowKey="id"
          size="middle"
          loading={links.isPending}
          dataSource={links.data?.items}
          pagination={false}
          locale={{ emptyText: '还没有链接' }}
          columns={[
            { title: '网站名称', dataIndex: 'name' },
            {
              title: '网址',
              dataIndex: 'url',
              render: (url: string) => (
                <Typography.Link href={url} target="_blank" rel="noreferrer">
                  {url}
                </Typography.Link>
              ),
            },
            {
              title: '分组',
              dataIndex: 'group',
              width: 140,
              render: (group: GovLink['group']) => <Tag color={group === 'higher' ? 'red' : 'blue'}>{groupLabel(group)}</Tag>,
            },
            { title: '排序', dataIndex: 'sort', width: 80 },
            {
              title: '操作',
              key: 'actions',
              width: 140,
              render: (_, link) => (
                <Space size={4}>
                  <Button type="link" size="small" onClick={() => setEditing({ link })}>
                    编辑
                  </Button>
                  <Popconfirm
                    title={`删除「${link.name}」?`}
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    onConfirm={() => removeLink(link)}
                  >
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
      <LinkFormModal open={!!editing} link={editing?.link ?? null} onClose={() => setEditing(null)} />
    </>
  );
}
