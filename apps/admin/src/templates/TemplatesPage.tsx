import { App, Alert, Card, Col, Empty, Row, Skeleton } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { RunProgress } from '../publish-runs/RunProgress';
import { ErrorResult } from '../ui/ErrorResult';
import { PageHeader } from '../ui/PageHeader';
import { useTemplate, useTemplates } from './queries';
import { TemplateEditor } from './TemplateEditor';
import { TemplateList } from './TemplateList';
import { TemplateZipActions } from './TemplateZipActions';
import { useLeaveGuard } from './use-leave-guard';

/** 模板管理: the platform's templates, edited, checked, previewed; zip export and import. */
export default function TemplatesPage() {
  const { modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState(false);
  const [importRun, setImportRun] = useState<string | null>(null);
  const list = useTemplates();
  const selected = params.get('t') ?? list.data?.items[0]?.name ?? null;
  const template = useTemplate(selected);
  const item = list.data?.items.find((candidate) => candidate.name === selected);
  const onDirtyChange = useCallback((value: boolean) => setDirty(value), []);
  useLeaveGuard(dirty);

  function select(name: string) {
    if (name === selected) return;
    const go = () => {
      setDirty(false);
      setParams({ t: name });
    };
    if (!dirty) return go();
    modal.confirm({ title: '放弃未保存的修改?', content: '当前模板的修改尚未保存。', okText: '放弃修改', cancelText: '继续编辑', onOk: go });
  }

  if (list.error) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <PageHeader title="模板管理" extra={<TemplateZipActions onImported={setImportRun} />} />
      {importRun && (
        <Alert
          style={{ marginBottom: 16 }}
          type="info"
          closable={{ onClose: () => setImportRun(null) }}
          title="正在重新生成导入的模板所用的页面"
          description={<RunProgress key={importRun} runId={importRun} label="页面生成进度" />}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={{ flex: '0 0 240px' }}>
          <Card size="small" styles={{ body: { padding: 4 } }}>
            {list.isPending ? <Skeleton active /> : <TemplateList items={list.data.items} selected={selected} onSelect={select} />}
          </Card>
        </Col>
        <Col xs={24} lg={{ flex: '1 1 0' }} style={{ minWidth: 0 }}>
          <Card>
            {template.error ? (
              <ErrorResult error={template.error} onRetry={() => void template.refetch()} />
            ) : !selected ? (
              <Empty description="没有模板" />
            ) : template.isPending || !item ? (
              <Skeleton active paragraph={{ rows: 12 }} />
            ) : (
              <TemplateEditor key={selected} item={item} saved={template.data.source} onDirtyChange={onDirtyChange} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
