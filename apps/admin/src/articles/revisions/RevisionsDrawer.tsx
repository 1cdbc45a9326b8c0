import { App, Alert, Button, Drawer, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../ui/format';
import { articleApi, useRevisionDiff, useRevisions } from '../queries';
import { DiffLines } from './DiffLines';

interface RevisionsDrawerProps {
  siteId: number;
  articleId: number;
  open: boolean;
  canRestore: boolean;
  onClose(): void;
  /** A revision became the article's content again. */
  onRestored(): void;
}

/** 版本记录: every save of the article, two of them compared, and an old one restored. */
export function RevisionsDrawer({ siteId, articleId, open, canRestore, onClose, onRestored }: RevisionsDrawerProps) {
  const { message, modal } = App.useApp();
  const revisions = useRevisions(siteId, articleId, open);
  const items = revisions.data?.items ?? [];
  const [pair, setPair] = useState<{ from: number | null; to: number | null }>({ from: null, to: null });
  const from = pair.from ?? items[1]?.number ?? null;
  const to = pair.to ?? items[0]?.number ?? null;
  const diff = useRevisionDiff(siteId, articleId, from, to);
  const options = items.map((item) => ({ value: item.number, label: `第 ${item.number} 版(${formatTime(item.createdAt)})` }));

  const restore = (number: number) =>
    modal.confirm({
      title: `恢复第 ${number} 版?`,
      content: '当前内容会保存为新的版本,可以随时再恢复回来。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          await articleApi.restore(siteId, articleId, number);
          void message.success(`已恢复第 ${number} 版`);
          onRestored();
        } catch (error) {
          void message.error((error as Error).message);
        }
      },
    });

  return (
    <Drawer title="版本记录" open={open} onClose={onClose} size={880} destroyOnHidden>
      {revisions.error && <Alert type="error" showIcon title={revisions.error.message} />}
      <Table
        size="small"
        rowKey="number"
        loading={revisions.isPending}
        dataSource={items}
        pagination={false}
        scroll={{ y: 240 }}
        columns={[
          { title: '版本', dataIndex: 'number', width: 80, render: (n: number) => `第 ${n} 版` },
          { title: '标题', dataIndex: 'title', ellipsis: true },
          { title: '保存时间', dataIndex: 'createdAt', width: 150, render: formatTime },
          {
            title: '操作',
            width: 90,
            render: (_, item) => (
              <Button size="small" disabled={!canRestore || item.number === items[0]?.number} onClick={() => restore(item.number)}>
                恢复
              </Button>
            ),
          },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 20 }}>
        比较版本
      </Typography.Title>
      {items.length < 2 ? (
        <Typography.Paragraph type="secondary">至少有两个版本才能比较。</Typography.Paragraph>
      ) : (
        <>
          <Space style={{ marginBottom: 12 }}>
            <Select
              aria-label="较早的版本"
              style={{ width: 240 }}
              options={options}
              value={from}
              onChange={(value) => setPair({ from: value, to })}
            />
            →
            <Select
              aria-label="较新的版本"
              style={{ width: 240 }}
              options={options}
              value={to}
              onChange={(value) => setPair({ from, to: value })}
            />
          </Space>
          {diff.error && <Alert type="error" showIcon title={diff.error.message} />}
          {diff.isFetching ? <Spin /> : diff.data && <DiffLines diff={diff.data.diff} />}
        </>
      )}
    </Drawer>
  );
}
