import { App, Button, Card, Flex, InputNumber, Space } from 'antd';
import { useEffect, useState } from 'react';
import { QuotaBar } from '../media/QuotaBar';
import { useMediaUsage, useSetQuota } from '../media/queries';

const MB = 1024 * 1024;

/** The site's storage use; the portal center sets its quota. */
export function SiteQuotaCard({ siteId, editable }: { siteId: number; editable: boolean }) {
  const { message } = App.useApp();
  const usage = useMediaUsage(siteId);
  const setQuota = useSetQuota(siteId);
  const [quotaMb, setQuotaMb] = useState<number | null>(null);
  useEffect(() => {
    if (usage.data) setQuotaMb(Math.round(usage.data.quotaBytes / MB));
  }, [usage.data]);

  async function save() {
    if (!quotaMb) return;
    try {
      await setQuota.mutateAsync(quotaMb);
      message.success(`存储配额已设为 ${quotaMb} MB`);
    } catch (error) {
      message.error(error instanceof Error ? error.message : '保存失败');
    }
  }

  return (
    <Card title="存储空间" size="small">
      <Flex vertical gap={12}>
        <QuotaBar siteId={siteId} compact />
        {editable && (
          <Space.Compact>
            <InputNumber<number>
              aria-label="存储配额(MB)"
              min={1}
              max={1_048_576}
              precision={0}
              value={quotaMb}
              onChange={setQuotaMb}
              suffix="MB"
              style={{ width: 180 }}
            />
            <Button loading={setQuota.isPending} disabled={!quotaMb} onClick={() => void save()}>
              设置配额
            </Button>
          </Space.Compact>
        )}
      </Flex>
    </Card>
  );
}
