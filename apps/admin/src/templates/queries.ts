import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import { unwrapProblems, type TemplateProblem } from './problems';
import { previewPages, type ColumnNode } from './preview-pages';

export type TemplateItem = components['schemas']['TemplateItemResponse'];

export const templateKeys = {
  all: ['templates'] as const,
  list: ['templates', 'list'] as const,
  one: (name: string) => ['templates', 'one', name] as const,
  previewPages: (siteId: number) => ['templates', 'preview-pages', siteId] as const,
};

export function useTemplates() {
  return useQuery({ queryKey: templateKeys.list, queryFn: () => unwrap(api.GET('/api/v1/platform/templates')) });
}

export function useTemplate(name: string | null) {
  return useQuery({
    queryKey: templateKeys.one(name ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/platform/templates/{name}', { params: { path: { name: name! } } })),
    enabled: !!name,
    staleTime: 0,
  });
}

/** Saves a platform template; a 422 rejects with a ProblemsError naming line and column. */
export function useSaveTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, source }: { name: string; source: string }) =>
      unwrapProblems<components['schemas']['TemplateSavedResponse'], TemplateProblem>(
        api.PUT('/api/v1/platform/templates/{name}', { params: { path: { name } }, body: { source } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

/** Replaces the templates a zip holds (all checked first; a 422 lists every problem). */
export function useImportTemplates() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return unwrapProblems<components['schemas']['TemplatesImportedResponse'], TemplateProblem>(
        // openapi-fetch sends a FormData body as multipart as it is (the schema types it as fields).
        api.POST('/api/v1/platform/templates/import', { body: body as never }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all }),
  });
}

/** The platform's templates as a zip, downloaded with the session's token. */
export async function exportTemplates(): Promise<Blob> {
  const data = await unwrap(api.GET('/api/v1/platform/templates/export', { parseAs: 'blob' }));
  return data as unknown as Blob;
}

/** A page of a site rendered with a draft template (HTML); a 422 rejects with its problems. */
export function previewTemplate(body: { name: string; source: string; siteId: number; path: string }): Promise<string> {
  return unwrapProblems<string, TemplateProblem>(api.POST('/api/v1/platform/templates/preview', { body, parseAs: 'text' }));
}

/** The pages of a site one can preview (home, its columns, the per-request pages). */
export function usePreviewPages(siteId: number | undefined) {
  return useQuery({
    queryKey: templateKeys.previewPages(siteId ?? 0),
    queryFn: async () => {
      const tree = await unwrap(api.GET('/api/v1/sites/{siteId}/columns', { params: { path: { siteId: siteId! } } }));
      return previewPages(tree.items as ColumnNode[]);
    },
    enabled: !!siteId,
  });
}
