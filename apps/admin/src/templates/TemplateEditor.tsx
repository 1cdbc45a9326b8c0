import { html } from '@codemirror/lang-html';
import { lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorView } from '@codemirror/view';
import CodeMirror from '@uiw/react-codemirror';
import { Alert, App, Button, Flex, Segmented, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { RunProgress } from '../publish-runs/RunProgress';
import { handlebarsHighlight } from './handlebars-highlight';
import { PreviewPane, type PreviewTarget } from './PreviewPane';
import { describeProblem, problemAt, ProblemsError, type TemplateProblem } from './problems';
import { previewTemplate, useSaveTemplate, type TemplateItem } from './queries';
import { problemDiagnostics } from './template-diagnostics';
import { pageTypeLabel, templateLabel } from './template-labels';
import { useDebounced } from './use-debounced';

interface Props {
  item: TemplateItem;
  /** The source as saved. */
  saved: string;
  onDirtyChange: (dirty: boolean) => void;
}

type View = 'source' | 'preview';

/** The editor grows with the template and wraps long lines: the page scrolls, not a box within it. */
const EXTENSIONS = [
  html({ selfClosingTags: true }),
  handlebarsHighlight,
  lintGutter(),
  EditorView.lineWrapping,
  EditorView.theme({ '.cm-scroller': { overflowX: 'hidden' } }),
  EditorView.contentAttributes.of({ 'aria-label': '模板源代码' }),
];

/**
 * One platform template in CodeMirror: save (a refused save marks the API's line and column in
 * the editor and saves nothing), preview on any site with the draft, the re-render's progress.
 */
export function TemplateEditor({ item, saved, onDirtyChange }: Props) {
  const { message } = App.useApp();
  const [source, setSource] = useState(saved);
  const [problems, setProblems] = useState<TemplateProblem[]>([]);
  const [runId, setRunId] = useState<string | null>(null);
  const [view, setView] = useState<View>('source');
  const editor = useRef<EditorView | null>(null);
  const save = useSaveTemplate();
  const dirty = source !== saved;
  const draft = useDebounced(source, 800);

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => {
    const current = editor.current;
    if (current) current.dispatch(setDiagnostics(current.state, problemDiagnostics(current.state.doc, problems, item.name)));
  }, [problems, item.name]);

  async function submit() {
    try {
      const result = await save.mutateAsync({ name: item.name, source });
      setProblems([]);
      setRunId(result.runId);
      message.success(result.runId ? '模板已保存,正在重新生成使用它的页面' : '模板已保存');
    } catch (error) {
      if (error instanceof ProblemsError && error.problems.length) {
        setProblems(error.problems as TemplateProblem[]);
        setView('source');
      } else message.error((error as Error).message);
    }
  }

  function reveal(problem: TemplateProblem) {
    const current = editor.current;
    if (!current) return;
    const [diagnostic] = problemDiagnostics(current.state.doc, [problem], problem.template);
    current.dispatch({ selection: { anchor: diagnostic.from }, scrollIntoView: true });
    current.focus();
  }

  const render = useMemo(() => (target: PreviewTarget) => previewTemplate({ name: item.name, source: draft, ...target }), [item.name, draft]);

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            {templateLabel(item.name)}
          </Typography.Title>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <Typography.Text code>{item.name}</Typography.Text>
            <Typography.Text type="secondary">{item.file}</Typography.Text>
            {item.locked ? <Tag color="red">统一锁定,站点不可覆盖</Tag> : <Tag>站点可覆盖</Tag>}
            {item.pageTypes.length > 0 && (
              <Typography.Text type="secondary">用于:{item.pageTypes.map(pageTypeLabel).join('、')}</Typography.Text>
            )}
          </Space>
        </div>
        <Space>
          <Button disabled={!dirty} onClick={() => setSource(saved)}>
            撤销修改
          </Button>
          <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={() => void submit()}>
            保存
          </Button>
        </Space>
      </Flex>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title="模板有误,未保存"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {problems.map((problem, index) => (
                <li key={index}>
                  {problem.template === item.name ? (
                    <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => reveal(problem)}>
                      {problemAt(problem)}
                    </Button>
                  ) : (
                    describeProblem(problem)
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {runId && (
        <Alert type="info" title="正在重新生成使用此模板的页面" description={<RunProgress key={runId} runId={runId} label="页面生成进度" />} />
      )}
      <Segmented<View>
        aria-label="显示"
        value={view}
        onChange={setView}
        options={[
          { value: 'source', label: '源代码' },
          { value: 'preview', label: '预览' },
        ]}
        style={{ alignSelf: 'start' }}
      />
      {/* Hidden, not unmounted: the editor keeps its state, undo history and markers. */}
      <div hidden={view !== 'source'}>
        <CodeMirror
          value={source}
          minHeight="400px"
          basicSetup={{ highlightActiveLine: false }}
          extensions={EXTENSIONS}
          onChange={setSource}
          onCreateEditor={(created) => {
            editor.current = created;
          }}
        />
      </div>
      {view === 'preview' && <PreviewPane draftKey={['template', item.name, draft]} render={render} height={560} />}
    </Flex>
  );
}
