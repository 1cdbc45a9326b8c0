import { App, Button, Drawer, List, Modal, Skeleton, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ErrorResult } from '../ui/ErrorResult';
import { ToneTag } from '../ui/ToneTag';
import { normalizeProfile, profileOf, type StandardsVersion } from './profile';
import { profileDiff } from './profile-diff';
import { ProfileDiffView } from './ProfileDiffView';
import { useRollbackStandards, useStandardsVersion, useStandardsVersions } from './queries';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The version in force, which rollbacks are compared with. */
  inForce: StandardsVersion;
  onRolledBack: (result: { version: number; runId: string }) => void;
}

/** The profile's versions, newest first: what each would change, and rollback (a new version equal to it). */
export function VersionHistory({ open, onClose, inForce, onRolledBack }: Props) {
  const { message, modal } = App.useApp();
  const { data, error, isPending, refetch } = useStandardsVersions();
  const rollback = useRollbackStandards();
  const [compared, setCompared] = useState<number | null>(null);

  function confirmRollback(version: number) {
    modal.confirm({
      title: `回滚到第 ${version} 版?`,
      content: `将以第 ${version} 版的内容保存为新的第 ${inForce.version + 1} 版并重建全部站点;编辑器中未保存的修改会被丢弃。`,
      okText: '回滚',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          const result = await rollback.mutateAsync(version);
          message.success(`已回滚:第 ${result.version} 版(同第 ${version} 版)已生效`);
          onRolledBack(result);
          onClose();
        } catch (failure) {
          message.error((failure as Error).message);
        }
      },
    });
  }

  return (
    <Drawer title="历史版本" open={open} onClose={onClose} size={520}>
      {error ? (
        <ErrorResult error={error} onRetry={() => void refetch()} />
      ) : isPending ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={data.items}
          renderItem={(item) => {
            const current = item.version === inForce.version;
            return (
              <List.Item
                actions={
                  current
                    ? []
                    : [
                        <Button key="diff" type="link" size="small" onClick={() => setCompared(item.version)}>
                          查看差异
                        </Button>,
                        <Button key="rollback" type="link" size="small" danger onClick={() => confirmRollback(item.version)}>
                          回滚到此版本
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <Space>
                      第 {item.version} 版{current && <ToneTag tone="success">现行</ToneTag>}
                    </Space>
                  }
                  description={
                    <Typography.Text type="secondary">
                      {dayjs(item.createdAt).format('YYYY-MM-DD HH:mm')}
                      {item.restoredFrom !== null && `,回滚自第 ${item.restoredFrom} 版`}
                      {item.createdBy === null && ',初始版本'}
                    </Typography.Text>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
      <VersionDiff version={compared} inForce={inForce} onClose={() => setCompared(null)} />
    </Drawer>
  );
}

/** What rolling back to `version` would change in the version in force. */
function VersionDiff({ version, inForce, onClose }: { version: number | null; inForce: StandardsVersion; onClose: () => void }) {
  const { data, error, isPending } = useStandardsVersion(version);
  return (
    <Modal
      title={`第 ${version} 版与现行第 ${inForce.version} 版的差异`}
      open={version !== null}
      onCancel={onClose}
      footer={null}
      width={760}
    >
      <Typography.Paragraph type="secondary">红色为现行版本的内容,绿色为第 {version} 版的内容(即回滚后的样子)。</Typography.Paragraph>
      {error ? (
        <ErrorResult error={error} />
      ) : isPending || !data ? (
        <Skeleton active />
      ) : (
        <ProfileDiffView
          parts={profileDiff(normalizeProfile(profileOf(inForce)), normalizeProfile(profileOf(data)))}
          empty="两个版本内容相同"
        />
      )}
    </Modal>
  );
}
