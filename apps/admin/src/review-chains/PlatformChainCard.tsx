import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { ChainEditor } from './ChainEditor';
import { usePlatformChain, useSetPlatformChain } from './queries';
import type { ReviewRole } from './steps';

/** The platform's default chain: every site and column without its own uses it. */
export function PlatformChainCard() {
  const { message } = App.useApp();
  const chain = usePlatformChain();
  const save = useSetPlatformChain();
  const [steps, setSteps] = useState<ReviewRole[] | null>(null);
  useEffect(() => {
    if (chain.data) setSteps(chain.data.steps);
  }, [chain.data]);
  const changed = !!chain.data && !!steps && steps.join() !== chain.data.steps.join();

  async function submit() {
    if (!steps) return;
    try {
      await save.mutateAsync(steps);
      message.success('平台默认审核流程已保存,新提交的稿件按新流程审核');
    } catch (error) {
      message.error(error instanceof Error ? error.message : '保存失败');
    }
  }

  return (
    <Card title="平台默认审核流程" size="small">
      {chain.error ? (
        <Alert type="error" showIcon title={chain.error.message} />
      ) : !steps ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            没有单独设置流程的站点和栏目,稿件按此流程逐级审核。已在审核中的稿件不受修改影响。
          </Typography.Text>
          <ChainEditor label="平台默认审核流程" value={steps} onChange={setSteps} />
          <Flex gap={8}>
            <Button type="primary" disabled={!changed} loading={save.isPending} onClick={() => void submit()}>
              保存默认流程
            </Button>
            <Button disabled={!changed} onClick={() => setSteps(chain.data!.steps)}>
              撤销修改
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
