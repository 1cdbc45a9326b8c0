import { HistoryOutlined } from '@ant-design/icons';
import { Alert, Button, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { RunProgress } from '../publish-runs/RunProgress';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import type { StandardsVersion } from './profile';
import { useCurrentStandards } from './queries';
import { StandardsEditor } from './StandardsEditor';
import { VersionHistory } from './VersionHistory';

interface Rebuild {
  runId: string;
  version: number;
}

/** 八统一标准: the profile editor, its history, and the group rebuild a new version starts. */
export default function StandardsPage() {
  const current = useCurrentStandards();
  const [loaded, setLoaded] = useState<StandardsVersion | null>(null);
  const [rebuild, setRebuild] = useState<Rebuild | null>(null);
  const [history, setHistory] = useState(false);
  // The draft's base stays the version first loaded: a refetch must not swap it under the user's edits.
  const base = loaded ?? current.data;
  useEffect(() => {
    if (!loaded && current.data) setLoaded(current.data);
  }, [loaded, current.data]);

  /** The editor starts again from the version in force now. */
  async function reload() {
    const { data } = await current.refetch();
    if (data) setLoaded(data);
  }

  function rebuilding(result: { version: number; runId: string }) {
    setRebuild({ version: result.version, runId: result.runId });
    void reload();
  }

  if (current.error && !base) return <ErrorResult error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <>
      <PageHeader
        title="八统一标准"
        extra={
          <Button icon={<HistoryOutlined />} disabled={!current.data} onClick={() => setHistory(true)}>
            历史版本
          </Button>
        }
      />
      {rebuild && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          title={`第 ${rebuild.version} 版已生效,正在按新标准重建全部站点`}
          description={<RunProgress key={rebuild.runId} runId={rebuild.runId} label="全部站点重建进度" />}
          closable={{ onClose: () => setRebuild(null) }}
        />
      )}
      {base ? (
        <StandardsEditor key={base.version} base={base} onSaved={rebuilding} onReload={() => void reload()} />
      ) : (
        <Skeleton active paragraph={{ rows: 16 }} />
      )}
      {current.data && <VersionHistory open={history} onClose={() => setHistory(false)} inForce={current.data} onRolledBack={rebuilding} />}
    </>
  );
}
