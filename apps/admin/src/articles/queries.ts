import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import { ApiError, messageOf } from '../api/errors';
import type { components, operations } from '../api/schema';
import { payloadOf, type ArticleFields, type ArticleFormValues } from './form/form-values';

export type ArticleItem = components['schemas']['ArticleListResponse']['items'][number];
export type ArticleStatus = components['schemas']['ArticleStatus'];
export type ColumnNode = components['schemas']['ColumnResponse'];
export type WordHit = components['schemas']['WordHitResponse'];
export type MediaFile = components['schemas']['MediaFileResponse'];
export type ListQuery = NonNullable<operations['articlesList']['parameters']['query']>;

export const articleKeys = {
  all: ['articles'] as const,
  list: (siteId: number, query: ListQuery) => ['articles', siteId, 'list', query] as const,
  one: (siteId: number, id: number) => ['articles', siteId, id] as const,
  revisions: (siteId: number, id: number) => ['articles', siteId, id, 'revisions'] as const,
  history: (siteId: number, id: number) => ['articles', siteId, id, 'history'] as const,
  columns: (siteId: number) => ['columns', siteId] as const,
};

const at = (siteId: number, id: number) => ({ params: { path: { siteId, id } } });

export function useArticles(siteId: number, query: ListQuery) {
  return useQuery({
    queryKey: articleKeys.list(siteId, query),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/articles', { params: { path: { siteId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useArticle(siteId: number, id: number) {
  return useQuery({
    queryKey: articleKeys.one(siteId, id),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/articles/{id}', at(siteId, id))),
    enabled: Number.isInteger(id) && id > 0,
  });
}

/** The content of one revision (a live article's edit awaiting review is one). */
export const revisionQuery = (siteId: number, id: number, number: number) => ({
  queryKey: [...articleKeys.revisions(siteId, id), number],
  queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/articles/{id}/revisions/{number}', { params: { path: { siteId, id, number } } })),
});

export function useRevision(siteId: number, id: number, number: number | null) {
  return useQuery({ ...revisionQuery(siteId, id, number ?? 0), enabled: number !== null });
}

export function useRevisions(siteId: number, id: number, enabled: boolean) {
  return useQuery({
    queryKey: articleKeys.revisions(siteId, id),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/articles/{id}/revisions', at(siteId, id))),
    enabled,
  });
}

export function useRevisionDiff(siteId: number, id: number, from: number | null, to: number | null) {
  return useQuery({
    queryKey: [...articleKeys.revisions(siteId, id), 'diff', from, to],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/sites/{siteId}/articles/{id}/revisions/diff', {
          params: { path: { siteId, id }, query: { from: from!, to: to! } },
        }),
      ),
    enabled: from !== null && to !== null && from !== to,
  });
}

export function useArticleHistory(siteId: number, id: number, enabled: boolean) {
  return useQuery({
    queryKey: articleKeys.history(siteId, id),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/articles/{id}/history', at(siteId, id))),
    enabled,
  });
}

export function useColumns(siteId: number) {
  return useQuery({
    queryKey: articleKeys.columns(siteId),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/columns', { params: { path: { siteId } } })),
    staleTime: 60_000,
  });
}

export function useMediaFile(siteId: number, id: number) {
  return useQuery({
    queryKey: ['media', siteId, id],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/media/{id}', at(siteId, id))),
    staleTime: Infinity,
  });
}

export function useMediaList(siteId: number, kind: 'image' | 'attachment', page: number) {
  return useQuery({
    queryKey: ['media', siteId, 'list', kind, page],
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/media', { params: { path: { siteId }, query: { kind, page, pageSize: 12 } } })),
    placeholderData: keepPreviousData,
  });
}

export const articleApi = {
  create: (siteId: number, values: ArticleFormValues) =>
    unwrap(api.POST('/api/v1/sites/{siteId}/articles', { params: { path: { siteId } }, body: payloadOf(values) })),
  /** `autosave`: saved as the author types (the API makes one revision of a draft's autosaves in a row). */
  update: (siteId: number, id: number, changes: Partial<ArticleFormValues>, autosave = false) =>
    unwrap(
      api.PATCH('/api/v1/sites/{siteId}/articles/{id}', {
        params: { path: { siteId, id }, query: autosave ? { autosave: 'true' } : {} },
        body: changes as Partial<ArticleFields>,
      }),
    ),
  withdraw: (siteId: number, id: number) => unwrap(api.POST('/api/v1/sites/{siteId}/articles/{id}/withdraw', at(siteId, id))),
  unpublish: (siteId: number, id: number) => unwrap(api.POST('/api/v1/sites/{siteId}/articles/{id}/unpublish', at(siteId, id))),
  restore: (siteId: number, id: number, number: number) =>
    unwrap(api.POST('/api/v1/sites/{siteId}/articles/{id}/revisions/{number}/restore', { params: { path: { siteId, id, number } } })),
  screen: (siteId: number, values: ArticleFormValues) =>
    unwrap(
      api.POST('/api/v1/sites/{siteId}/sensitive-words/check', {
        params: { path: { siteId } },
        body: {
          title: values.title,
          subtitle: values.subtitle,
          summary: values.summary,
          body: values.body,
          attachmentIds: values.attachmentIds,
        },
      }),
    ),

  /** Submits; a 422 for blocked words comes back as `blocked` (the words are marked), not thrown. */
  async submit(
    siteId: number,
    id: number,
  ): Promise<{ status: ArticleStatus; warnings: WordHit[] } | { blocked: WordHit[]; message: string }> {
    const { data, error, response } = await api.POST('/api/v1/sites/{siteId}/articles/{id}/submit', at(siteId, id));
    if (response.status === 422) {
      const body = error as { message?: string; words?: WordHit[] } | undefined;
      return { blocked: body?.words ?? [], message: messageOf(422, body) };
    }
    if (!response.ok || !data) throw new ApiError(response.status, messageOf(response.status, error));
    return data;
  },

  /** The page as the site will render it, with the editor's values (nothing is saved). */
  async preview(siteId: number, id: number | null, values: ArticleFormValues): Promise<string> {
    const body = payloadOf(values);
    const call =
      id === null
        ? api.POST('/api/v1/sites/{siteId}/articles/preview', { params: { path: { siteId } }, body, parseAs: 'text' })
        : api.POST('/api/v1/sites/{siteId}/articles/{id}/preview', { ...at(siteId, id), body, parseAs: 'text' });
    return (await unwrap(call)) as string;
  },
};
