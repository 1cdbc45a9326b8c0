import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | null = null;

/** Loading the dictionary takes ~0.3 s, so it happens once, on first use. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Full-width letters and digits become half-width, latin letters lower-case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words worth indexing: at least one letter or digit (drops spaces and punctuation). */
const WORD = /[\p{L}\p{N}]/u;

/*
 * HMM guessing of unknown words is off on both sides: an unknown name then splits into single
 * characters the same way in a document and in a query, instead of being guessed differently
 * in different contexts.
 */

/**
 * A document's words in search mode: each word and its dictionary sub-words, e.g.
 * 义务教育 → 义务, 教育, 义务教育; so a query for a part of a compound finds it. Unique, in order.
 */
export function documentWords(text: string): string[] {
  const words = new Set<string>();
  for (const word of segmenter().cutForSearch(normalizeText(text), false)) if (WORD.test(word)) words.add(word);
  return [...words];
}

/** A query word and its dictionary sub-words (empty when it has none). */
export interface QueryWord {
  word: string;
  parts: string[];
}

/** At most this many words of a query are used; the rest are ignored. */
export const MAX_QUERY_WORDS = 12;

export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const words: QueryWord[] = [];
  for (const word of segmenter().cut(normalizeText(query), false)) {
    if (!WORD.test(word) || seen.has(word)) continue;
    seen.add(word);
    const parts = segmenter()
      .cutForSearch(word, false)
      .filter((part) => part !== word && WORD.test(part));
    words.push({ word, parts: [...new Set(parts)] });
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}
