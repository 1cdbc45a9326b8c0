import { Alert, App, Button, Card, Flex, Popconfirm, Select, Skeleton, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useSites } from '../sites/queries';
import { ChainModal } from './ChainModal';
import { ChainSteps } from './ChainSteps';
import { useSetChain, useSiteChains } from './queries';
import type { ReviewRole } from './steps';

type ColumnChain = { columnId: number; columnName: string; columnPath: string; steps: ReviewRole[] };

/** What is being edited: the site's own chain, a column's, or a new column override. */
type Editing = { kind: 'site' } | { kind: 'column'; chain: ColumnChain } | { kind: 'new-column' };

/** One site's own chain and its columns' own chains, set by the portal center (a shorter chain, or none). */
export function SiteChainsCard() {
  const { message } = App.useApp();
  const sites = useSites();
  const [picked, setPicked] = useState<number | null>(null);
  const siteId = picked ?? sites.data?.items[0]?.id ?? null;
  const chains = useSiteChains(siteId);
  const setChain = useSetChain(siteId ?? 0);
  const [editing, setEditing] = useState<Editing | null>(null);

  async function save(columnId: number | null, steps: ReviewRole[] | null, done: string) {
    try {
      await setChain.mutateAsync({ columnId, steps });
      message.success(done);
      setEditing(null);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '保存失败');
    }
  }

  const data = chains.data;
  return (
    <Card
      title="站点与栏目的审核流程"
      size="small"
      extra={
        <Select<number>
          aria-label="选择站点"
          style={{ width: 260 }}
          loading={sites.isPending}
          value={siteId ?? undefined}
          onChange={setPicked}
          showSearch={{ optionFilterProp: 'label' }}
          options={(sites.data?.items ?? []).map((site) => ({ value: site.id, label: site.name }))}
        />
      }
    >
      {chains.error ? (
        <Alert type="error" showIcon title={chains.error.message} />
      ) : !data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <section aria-label="本站流程">
            <Typography.Title level={2} style={{ fontSize: 15 }}>
              本站流程
            </Typography.Title>
            <Flex gap={12} align="center" wrap>
              {data.site ? (
                <>
                  <ChainSteps steps={data.site} />
                  <Typography.Text type="secondary">(本站单独设置)</Typography.Text>
                </>
              ) : (
                <>
                  <ChainSteps steps={data.platform} />
                  <Typography.Text type="secondary">(使用平台默认流程)</Typography.Text>
                </>
              )}
              <Space>
                <Button size="small" onClick={() => setEditing({ kind: 'site' })}>
                  {data.site ? '修改' : '单独设置'}
                </Button>
                {data.site && (
                  <Popconfirm title="恢复为平台默认流程?" okText="恢复" onConfirm={() => save(null, null, '本站已改用平台默认流程')}>
                    <Button size="small">恢复默认</Button>
                  </Popconfirm>
                )}
              </Space>
            </Flex>
          </section>
          <section aria-label="栏目单独设置的流程">
            <Flex justify="space-between" align="center">
              <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
                栏目单独设置的流程
              </Typography.Title>
              <Button size="small" onClick={() => setEditing({ kind: 'new-column' })}>
                为栏目单独设置
              </Button>
            </Flex>
            <Table<ColumnChain>
              rowKey="columnId"
              size="small"
              style={{ marginTop: 8 }}
              pagination={false}
              dataSource={data.columns}
              locale={{ emptyText: '没有栏目单独设置流程,各栏目都使用本站流程' }}
              columns={[
                { title: '栏目', key: 'column', render: (_, chain) => `${chain.columnName}(/${chain.columnPath}/)` },
                { title: '审核流程', key: 'steps', render: (_, chain) => <ChainSteps steps={chain.steps} /> },
                {
                  title: '操作',
                  key: 'actions',
                  width: 160,
                  render: (_, chain) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        onClick={() => setEditing({ kind: 'column', chain })}
                        aria-label={`修改 ${chain.columnName} 的流程`}
                      >
                        修改
                      </Button>
                      <Popconfirm
                        title={`「${chain.columnName}」改用本站流程?`}
                        okText="确定"
                        onConfirm={() => save(chain.columnId, null, `「${chain.columnName}」已改用本站流程`)}
                      >
                        <Button type="link" size="small" aria-label={`取消 ${chain.columnName} 的单独设置`}>
                          取消单独设置
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]}
            />
          </section>
        </Flex>
      )}
      {editing && data && siteId && (
        <ChainModal
          title={
            editing.kind === 'site'
              ? '设置本站审核流程'
              : editing.kind === 'column'
                ? `设置「${editing.chain.columnName}」的审核流程`
                : '为栏目单独设置审核流程'
          }
          initial={editing.kind === 'column' ? editing.chain.steps : (data.site ?? data.platform)}
          pickColumnOf={editing.kind === 'new-column' ? siteId : undefined}
          saving={setChain.isPending}
          onClose={() => setEditing(null)}
          onSave={(steps, columnId) =>
            void save(
              editing.kind === 'site' ? null : editing.kind === 'column' ? editing.chain.columnId : columnId,
              steps,
              '审核流程已保存',
            )
          }
        />
      )}
    </Card>
  );
}
