import { Alert, Button, Space } from 'antd';
import { StalledReviewAlert } from '../../reviews/StalledReviewAlert';
import { formatTime } from '../../ui/format';
import type { LocalDraft } from '../autosave/local-drafts';
import type { ArticleState, HistoryEntry } from './article-state';
import type { Article } from './form-values';

interface EditorNoticesProps {
  article: Article | null;
  state: ArticleState;
  /** The latest rejection, when the article (or its pending edit) was returned. */
  rejection: HistoryEntry | undefined;
  localDraft: LocalDraft | null;
  onRestoreLocal(): void;
  onDiscardLocal(): void;
}

/**
 * What the author must know before editing: returned, under review (and stuck on a step nobody can
 * take), a live article's pending edit, an unsaved copy.
 */
export function EditorNotices({ article, state, rejection, localDraft, onRestoreLocal, onDiscardLocal }: EditorNoticesProps) {
  return (
    <>
      {localDraft && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有一份 ${formatTime(new Date(localDraft.savedAt))} 未保存的内容,是否恢复?`}
          action={
            <Space>
              <Button size="small" type="primary" onClick={onRestoreLocal}>
                恢复
              </Button>
              <Button size="small" onClick={onDiscardLocal}>
                丢弃
              </Button>
            </Space>
          }
        />
      )}
      {state.returned && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title="审核退回,请修改后重新提交"
          description={rejection && `退回意见:${rejection.comment || '(无)'}(${formatTime(rejection.at)})`}
        />
      )}
      {state.underReview && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="文章正在审核中,不能修改。如需修改,请先撤回。" />
      )}
      {article?.reviewStalled && <StalledReviewAlert />}
      {state.liveEdit && article && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`网站上仍是已发布的版本;下面是修改后的内容(第 ${article.pendingRevision} 版),${state.underReview ? '正在审核,' : '提交审核并'}通过后才会替换网页。`}
        />
      )}
    </>
  );
}
