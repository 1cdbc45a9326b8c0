import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { WordLevel } from './levels';

/** Whose dictionary: the platform's (null) or a site's own. */
export type Dictionary = number | null;

export interface WordFilter {
  q?: string;
  level?: WordLevel;
  page: number;
  pageSize: number;
}

export const wordKeys = {
  all: (dictionary: Dictionary) => ['sensitive-words', dictionary ?? 'platform'] as const,
  list: (dictionary: Dictionary, filter: WordFilter) => [...wordKeys.all(dictionary), filter] as const,
};

function listWords(dictionary: Dictionary, query: WordFilter) {
  return dictionary === null
    ? unwrap(api.GET('/api/v1/platform/sensitive-words', { params: { query } }))
    : unwrap(api.GET('/api/v1/sites/{siteId}/sensitive-words', { params: { path: { siteId: dictionary }, query } }));
}

function addWord(dictionary: Dictionary, body: { word: string; level: WordLevel }) {
  return dictionary === null
    ? unwrap(api.POST('/api/v1/platform/sensitive-words', { body }))
    : unwrap(api.POST('/api/v1/sites/{siteId}/sensitive-words', { params: { path: { siteId: dictionary } }, body }));
}

function importWords(dictionary: Dictionary, body: { text: string; level: WordLevel }) {
  return dictionary === null
    ? unwrap(api.POST('/api/v1/platform/sensitive-words/import', { body }))
    : unwrap(api.POST('/api/v1/sites/{siteId}/sensitive-words/import', { params: { path: { siteId: dictionary } }, body }));
}

function removeWord(dictionary: Dictionary, id: number) {
  return dictionary === null
    ? unwrap(api.DELETE('/api/v1/platform/sensitive-words/{id}', { params: { path: { id } } }))
    : unwrap(api.DELETE('/api/v1/sites/{siteId}/sensitive-words/{id}', { params: { path: { siteId: dictionary, id } } }));
}

export function useWords(dictionary: Dictionary, filter: WordFilter) {
  return useQuery({
    queryKey: wordKeys.list(dictionary, filter),
    queryFn: () => listWords(dictionary, filter),
    placeholderData: keepPreviousData,
  });
}

/** A change to a dictionary: on success, its lists are loaded again. */
function useWordChange<Input, Output>(dictionary: Dictionary, change: (dictionary: Dictionary, input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => change(dictionary, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: wordKeys.all(dictionary) }),
  });
}

export const useAddWord = (dictionary: Dictionary) => useWordChange(dictionary, addWord);
export const useImportWords = (dictionary: Dictionary) => useWordChange(dictionary, importWords);
export const useRemoveWord = (dictionary: Dictionary) => useWordChange(dictionary, removeWord);
