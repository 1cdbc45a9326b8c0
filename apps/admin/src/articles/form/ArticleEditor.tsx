import { Form, Spin } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentSite } from '../../app/SiteScope';
import { hasSiteRole } from '../../auth/roles';
import { useSession } from '../../auth/useSession';
import { localDrafts } from '../autosave/local-drafts';
import { useAutosave } from '../autosave/useAutosave';
import { PreviewDrawer } from '../preview/PreviewDrawer';
import { articleApi, useArticleHistory, useColumns } from '../queries';
import { RevisionsDrawer } from '../revisions/RevisionsDrawer';
import { articleState } from './article-state';
import { ArticleFormFields } from './ArticleFormFields';
import { EditorHeader } from './EditorHeader';
import { EditorNotices } from './EditorNotices';
import { changesOf, sameValues, type Article, type ArticleFormValues } from './form-values';
import { useArticleActions } from './useArticleActions';
import { useDocxImport } from './useDocxImport';
import { useScreening } from './useScreening';
import { WordHits } from './WordHits';

interface ArticleEditorProps {
  article: Article | null;
  initialValues: ArticleFormValues;
  /** Load the article again and start over (after a revision was restored). */
  onReload(): void;
}

/** The article editor: the form, autosave, screening, preview, revisions and the review actions. */
export function ArticleEditor({ article, initialValues, onReload }: ArticleEditorProps) {
  const site = useCurrentSite();
  const navigate = useNavigate();
  const { user } = useSession();
  const [form] = Form.useForm<ArticleFormValues>();
  const columns = useColumns(site.id);
  const history = useArticleHistory(site.id, article?.id ?? 0, article !== null);
  const state = articleState(article, history.data?.items ?? []);
  const writer = hasSiteRole(user, site.id, ['site_admin', 'editor']);
  const readOnly = !writer || state.underReview;
  const articleId = article?.id ?? null;

  // What the server holds: a save sends only what differs from it.
  const saved = useRef(initialValues);
  const autosave = useAutosave(site.id, articleId, state.autosaves && !readOnly, async (values) => {
    const changes = changesOf(values, saved.current, false);
    if (Object.keys(changes).length) await articleApi.update(site.id, articleId!, changes, true);
    saved.current = values;
  });
  const screening = useScreening(site.id, !readOnly);
  const [localDraft, setLocalDraft] = useState(() => {
    const copy = localDrafts.load(site.id, articleId);
    const newer = copy && (!article || copy.savedAt > Date.parse(article.updatedAt));
    return newer && !sameValues(copy.values, initialValues) ? copy : null;
  });
  const [previewing, setPreviewing] = useState<ArticleFormValues | null>(null);
  const [showRevisions, setShowRevisions] = useState(false);

  const changed = (values: ArticleFormValues) => {
    autosave.changed(values);
    screening.changed(values);
  };
  const actions = useArticleActions({
    siteId: site.id,
    article,
    form,
    saved,
    onSaved: autosave.settled,
    onCreated: (created) => {
      localDrafts.clear(site.id, null);
      navigate(`/s/${site.id}/articles/${created.id}`, { replace: true });
    },
    screen: screening.screenNow,
    showBlocked: (blocked) => screening.setResult({ blocked, warnings: [] }),
  });
  const docx = useDocxImport(site.id, form, changed, article === null && !readOnly);
  const rejection = useMemo(() => history.data?.items.filter((entry) => entry.action === 'rejected').at(-1), [history.data]);

  return (
    <Spin spinning={docx.importing} description="正在导入 Word 文档,上传其中的图片…">
      <EditorHeader
        article={article}
        state={state}
        readOnly={readOnly}
        autosave={autosave.state}
        busy={actions.busy}
        onSave={actions.save}
        onSubmit={actions.submit}
        onWithdraw={actions.withdraw}
        onUnpublish={actions.unpublish}
        onPreview={() => setPreviewing(form.getFieldsValue(true))}
        onRevisions={() => setShowRevisions(true)}
        onCheck={() => void screening.screenNow(form.getFieldsValue(true))}
        onImport={article === null && !readOnly ? docx.importFile : undefined}
      />
      <EditorNotices
        article={article}
        state={state}
        rejection={rejection}
        localDraft={localDraft}
        onRestoreLocal={() => {
          form.setFieldsValue(localDraft!.values);
          changed(localDraft!.values);
          setLocalDraft(null);
        }}
        onDiscardLocal={() => {
          localDrafts.clear(site.id, articleId);
          setLocalDraft(null);
        }}
      />
      <WordHits blocked={screening.blocked} warnings={screening.warnings} />
      <Form<ArticleFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => changed(form.getFieldsValue(true))}
        disabled={readOnly}
        requiredMark
      >
        <ArticleFormFields siteId={site.id} columns={columns.data?.items ?? []} hits={screening.hits} disabled={readOnly} />
      </Form>
      <PreviewDrawer siteId={site.id} articleId={articleId} values={previewing} onClose={() => setPreviewing(null)} />
      {article && (
        <RevisionsDrawer
          siteId={site.id}
          articleId={article.id}
          open={showRevisions}
          canRestore={writer && !state.underReview}
          onClose={() => setShowRevisions(false)}
          onRestored={() => {
            setShowRevisions(false);
            autosave.settled();
            onReload();
          }}
        />
      )}
    </Spin>
  );
}
