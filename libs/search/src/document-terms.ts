import { documentWords } from './segmenter';
import { encodeTerms, storedTerms } from './term-encoding';

export interface IndexedText {
  title: string;
  bodyText: string;
  attachmentNames: string;
}

/** The `terms` column: every word as an `any` term, and the title's words also as `title` terms. */
export function documentTerms({ title, bodyText, attachmentNames }: IndexedText): string {
  const titleWords = documentWords(title);
  const any = new Set([...titleWords, ...documentWords(bodyText), ...documentWords(attachmentNames)]);
  return storedTerms([...encodeTerms(any, 'any'), ...encodeTerms(titleWords, 'title')]);
}
