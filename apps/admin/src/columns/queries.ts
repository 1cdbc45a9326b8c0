import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';
import type { ColumnPatch } from './tree-move';

export type Column = components['schemas']['ColumnResponse'];
export type ColumnKind = Column['kind'];
export type NewColumn = components['schemas']['CreateColumnDto'];
export type ColumnFields = components['schemas']['ColumnFieldsDto'];

export const columnKeys = {
  tree: (siteId: number) => ['columns', siteId] as const,
};

/** The site's column tree, first-level columns with their sub-columns. */
export function useColumnTree(siteId: number | null) {
  return useQuery({
    queryKey: columnKeys.tree(siteId ?? 0),
    queryFn: () => unwrap(api.GET('/api/v1/sites/{siteId}/columns', { params: { path: { siteId: siteId! } } })),
    enabled: !!siteId,
  });
}

/** A change to the tree: afterwards it is loaded again (also after a refusal, which may follow a partial move). */
function useTreeChange<Input, Output>(siteId: number, change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => queryClient.invalidateQueries({ queryKey: columnKeys.tree(siteId) }),
  });
}

export const useCreateColumn = (siteId: number) =>
  useTreeChange(siteId, (body: NewColumn) => unwrap(api.POST('/api/v1/sites/{siteId}/columns', { params: { path: { siteId } }, body })));

export const useUpdateColumn = (siteId: number) =>
  useTreeChange(siteId, ({ columnId, body }: { columnId: number; body: ColumnFields }) =>
    unwrap(api.PATCH('/api/v1/sites/{siteId}/columns/{columnId}', { params: { path: { siteId, columnId } }, body })),
  );

export const useDeleteColumn = (siteId: number) =>
  useTreeChange(siteId, (columnId: number) =>
    unwrap(api.DELETE('/api/v1/sites/{siteId}/columns/{columnId}', { params: { path: { siteId, columnId } } })),
  );

/** Applies a move's PATCHes in order (renumbered siblings first, the moved column last). */
export const useMoveColumn = (siteId: number) =>
  useTreeChange(siteId, async (patches: ColumnPatch[]) => {
    for (const { id, ...body } of patches) {
      await unwrap(api.PATCH('/api/v1/sites/{siteId}/columns/{columnId}', { params: { path: { siteId, columnId: id } }, body }));
    }
  });
