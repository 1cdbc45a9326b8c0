import { booleanQuery } from './boolean-query';
import type { QueryWord } from './segmenter';
import { encodeTerm, encodeTerms, termNeedle } from './term-encoding';

/**
 * A word in more documents than this is too costly to look up in the FULLTEXT index (InnoDB
 * reads a row for every document it occurs in: 60 ms for 14,000, 2.6 s for all of 1,000,000), so
 * it is checked on the rows the other words found instead.
 */
export const COMMON_WORD_DOCUMENTS = 10_000;

/**
 * When every word of a query is common, the search reads the newest documents in scope, this
 * many at most, and ranks the matches among them.
 */
export const RECENT_WINDOW = 10_000;

/** One way a word occurs: all of these terms are in the document. */
type Alternative = string[];

/** A word as terms: itself, or all of its dictionary sub-words (a compound segmented otherwise). */
function alternatives({ word, parts }: QueryWord): Alternative[] {
  const whole = encodeTerm(word, 'any');
  const partTerms = encodeTerms(parts, 'any');
  return [...(whole ? [[whole]] : []), ...(partTerms.length ? [partTerms] : [])];
}

/** The query words' `any` terms, for looking up their document counts. */
export function queryTerms(words: QueryWord[]): string[] {
  return [...new Set(words.flatMap((word) => alternatives(word).flat()))];
}

/** How many documents may contain the word, at most. */
function documentsWith(word: QueryWord, counts: Map<string, number>): number {
  return alternatives(word).reduce((sum, terms) => sum + Math.min(...terms.map((term) => counts.get(term) ?? 0)), 0);
}

export interface SearchPlan {
  /** AGAINST (BOOLEAN MODE) for the words looked up in the FULLTEXT index; null: all are common. */
  match: string | null;
  /** The common words, checked on each candidate row: every word, as one of its alternatives, each a list of needles. */
  rowChecks: string[][][];
  /** A row whose terms contain one of these has a query word in its title (ranked first). */
  titleNeedles: string[];
}

/** Splits a query's words into those looked up in the index and those checked per row. */
export function searchPlan(words: QueryWord[], counts: Map<string, number>): SearchPlan | null {
  const usable = words.filter((word) => alternatives(word).length > 0);
  if (usable.length === 0) return null;
  const rare = usable.filter((word) => documentsWith(word, counts) <= COMMON_WORD_DOCUMENTS);
  const common = usable.filter((word) => !rare.includes(word));
  return {
    match: rare.length ? booleanQuery(rare) : null,
    rowChecks: common.map((word) => alternatives(word).map((terms) => terms.map(termNeedle))),
    titleNeedles: encodeTerms(
      usable.flatMap(({ word, parts }) => [word, ...parts]),
      'title',
    ).map(termNeedle),
  };
}
