import { useQueryClient } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useCurrentSite } from '../app/SiteScope';
import { ErrorResult } from '../ui/ErrorResult';
import { ArticleEditor } from './form/ArticleEditor';
import { emptyValues, valuesOf, type ArticleFormValues } from './form/form-values';
import { revisionQuery, useArticle, useRevision } from './queries';

/** /articles/new and /articles/:articleId. A live article's edit awaiting review is edited as that revision. */
export default function ArticleEditorPage() {
  const site = useCurrentSite();
  const articleId = Number(useParams().articleId ?? 0);
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  const article = useArticle(site.id, articleId);
  const pending = useRevision(site.id, articleId, article.data?.pendingRevision ?? null);
  // The values the editor starts from: taken once per (re)start, so later refetches never reset what is typed.
  const start = useRef<{ key: string; values: ArticleFormValues } | null>(null);
  const [generation, setGeneration] = useState(0);

  if (!articleId) {
    return (
      <ArticleEditor
        key="new"
        article={null}
        initialValues={emptyValues(Number(params.get('column')) || undefined)}
        onReload={() => undefined}
      />
    );
  }
  const error = article.error ?? pending.error;
  if (error) return <ErrorResult error={error} onRetry={() => void article.refetch()} />;
  const key = `${articleId}:${generation}`;
  if (start.current?.key !== key) {
    if (!article.data || (article.data.pendingRevision !== null && !pending.data))
      return <Spin style={{ display: 'block', margin: '80px auto' }} />;
    start.current = { key, values: valuesOf(article.data, article.data.pendingRevision !== null ? pending.data : null) };
  }

  const reload = async () => {
    const { data } = await article.refetch();
    if (data?.pendingRevision) await queryClient.fetchQuery(revisionQuery(site.id, articleId, data.pendingRevision));
    setGeneration((n) => n + 1);
  };
  return <ArticleEditor key={key} article={article.data!} initialValues={start.current.values} onReload={() => void reload()} />;
}
