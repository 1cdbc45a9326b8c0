import { ExportOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Space, Typography, Upload } from 'antd';
import { Link } from 'react-router';
import { useCurrentSite } from '../../app/SiteScope';
import { PageHeader } from '../../ui/PageHeader';
import type { AutosaveState } from '../autosave/useAutosave';
import { StatusTag } from '../StatusTag';
import type { ArticleState } from './article-state';
import type { Article } from './form-values';

interface EditorHeaderProps {
  article: Article | null;
  state: ArticleState;
  readOnly: boolean;
  autosave: AutosaveState;
  busy: string | null;
  onSave(): void;
  onSubmit(): void;
  onWithdraw(): void;
  onUnpublish(): void;
  onPreview(): void;
  onRevisions(): void;
  onCheck(): void;
  /** Only for a new article. */
  onImport?: (file: File) => void;
}

function AutosaveText({ state }: { state: AutosaveState }) {
  const time = (at: number) => new Date(at).toLocaleTimeString('zh-CN', { hour12: false });
  const text = {
    idle: '',
    pending: '有未保存的修改',
    saving: '正在自动保存…',
    saved: 'at' in state ? `已自动保存 ${time(state.at)}` : '',
    local: 'at' in state ? `已在本机暂存 ${time(state.at)}(尚未保存到服务器)` : '',
    error: 'message' in state ? `自动保存失败:${state.message}(内容已在本机暂存)` : '',
  }[state.status];
  return (
    <Typography.Text type={state.status === 'error' ? 'danger' : 'secondary'} role="status" style={{ fontSize: 13 }}>
      {text}
    </Typography.Text>
  );
}

export function EditorHeader(props: EditorHeaderProps) {
  const { article, state, readOnly, busy } = props;
  const site = useCurrentSite();
  return (
    <PageHeader
      title={article ? '编辑文章' : '新建文章'}
      extra={
        <Space wrap>
          <AutosaveText state={props.autosave} />
          {props.onImport && (
            <Upload accept=".docx" showUploadList={false} beforeUpload={(file) => (props.onImport!(file), false)}>
              <Button icon={<FileWordOutlined />}>导入 Word 文档</Button>
            </Upload>
          )}
          {!readOnly && <Button onClick={props.onCheck}>敏感词检查</Button>}
          <Button onClick={props.onPreview}>预览</Button>
          {article && <Button onClick={props.onRevisions}>版本记录</Button>}
          {article?.url && (
            <Button href={article.url} target="_blank" rel="noopener noreferrer" icon={<ExportOutlined />}>
              查看网页
            </Button>
          )}
          {state.canWithdraw && (
            <Button loading={busy === 'withdraw'} onClick={props.onWithdraw}>
              撤回
            </Button>
          )}
          {state.canUnpublish && !readOnly && (
            <Button danger loading={busy === 'unpublish'} onClick={props.onUnpublish}>
              下线
            </Button>
          )}
          {!readOnly && (
            <Button loading={busy === 'save'} disabled={busy !== null} onClick={props.onSave}>
              保存
            </Button>
          )}
          {!readOnly && state.canSubmit && (
            <Button type="primary" loading={busy === 'submit'} disabled={busy !== null} onClick={props.onSubmit}>
              提交审核
            </Button>
          )}
        </Space>
      }
    >
      <Space style={{ marginTop: 8 }}>
        <Link to={`/s/${site.id}/articles`}>返回文章列表</Link>
        {article && <StatusTag status={article.status} pendingEdit={state.liveEdit} />}
      </Space>
    </PageHeader>
  );
}
