import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { describeProblem, ProblemsError, type TemplateProblem } from './problems';
import { exportTemplates, useImportTemplates } from './queries';

/** 导出 zip (laid out like templates/default) and 导入 zip (all checked before any is saved). */
export function TemplateZipActions({ onImported }: { onImported: (runId: string | null) => void }) {
  const { message, modal } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [exporting, setExporting] = useState(false);
  const importZip = useImportTemplates();

  async function download() {
    setExporting(true);
    try {
      const url = URL.createObjectURL(await exportTemplates());
      const link = document.createElement('a');
      link.href = url;
      link.download = 'zhanqun-templates.zip';
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    } catch (error) {
      message.error((error as Error).message);
    } finally {
      setExporting(false);
    }
  }

  async function upload(file: File) {
    try {
      const result = await importZip.mutateAsync(file);
      message.success(`已导入 ${result.names.length} 个模板`);
      onImported(result.runId);
    } catch (error) {
      if (error instanceof ProblemsError && error.problems.length) {
        modal.error({
          title: '模板有误,未导入任何模板',
          width: 640,
          content: (
            <ul style={{ paddingLeft: 20 }}>
              {(error.problems as TemplateProblem[]).map((problem, index) => (
                <li key={index}>{describeProblem(problem)}</li>
              ))}
            </ul>
          ),
        });
      } else message.error((error as Error).message);
    }
  }

  return (
    <Space>
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void download()}>
        导出 zip
      </Button>
      <Button icon={<UploadOutlined />} loading={importZip.isPending} onClick={() => input.current?.click()}>
        导入 zip
      </Button>
      <input
        ref={input}
        type="file"
        accept=".zip,application/zip"
        aria-label="选择模板 zip 文件"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file)
            modal.confirm({
              title: `导入「${file.name}」?`,
              content: 'zip 中的模板将替换现有的同名模板,并重新生成使用它们的页面;有任何一个模板有误则都不导入。',
              okText: '导入',
              cancelText: '取消',
              onOk: () => upload(file),
            });
        }}
      />
    </Space>
  );
}
