import AhoCorasick from 'modern-ahocorasick';
import type { WordLevel } from './sensitive-word.entity';

export interface DictionaryEntry {
  word: string;
  level: WordLevel;
}

export interface WordHit {
  word: string;
  level: WordLevel;
  /** Which field of the text it was found in, e.g. `title`, `body`. */
  field: string;
  count: number;
}

/** Full-width forms and letter case do not hide a word: both sides are folded before matching. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Text is matched in windows of this many UTF-16 units: the matcher splits what it is given into
 * graphemes with Intl.Segmenter, whose time grows with the square of the length (a 1 MB body took
 * minutes, blocking every other request); window by window it stays linear.
 */
const WINDOW = 2048;

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A compiled dictionary (Aho–Corasick, one pass per field whatever the number of words).
 * A word in both levels counts as `block`.
 */
export class WordMatcher {
  private readonly matcher: AhoCorasick | null;
  private readonly entries: DictionaryEntry[];
  /** The longest folded word: how far a window reaches past its end, so that a word across the cut is found once. */
  private readonly longest: number;

  constructor(entries: DictionaryEntry[]) {
    const byWord = new Map<string, DictionaryEntry>();
    for (const entry of entries) {
      const folded = foldText(entry.word);
      const known = byWord.get(folded);
      byWord.set(folded, { word: known?.word ?? entry.word, level: known?.level === 'block' ? 'block' : entry.level });
    }
    this.entries = [...byWord.values()];
    this.matcher = byWord.size ? new AhoCorasick([...byWord.keys()]) : null;
    this.longest = [...byWord.keys()].reduce((longest, word) => Math.max(longest, word.length), 0);
  }

  /** Every dictionary word found in each field, with how often. */
  scan(fields: Record<string, string>): WordHit[] {
    if (!this.matcher) return [];
    const hits: WordHit[] = [];
    for (const [field, text] of Object.entries(fields)) {
      if (!text) continue;
      const counts = new Map<number, number>();
      for (const index of this.matches(this.matcher, foldText(text))) counts.set(index, (counts.get(index) ?? 0) + 1);
      for (const [index, count] of counts) hits.push({ ...this.entries[index], field, count });
    }
    return hits;
  }

  /** The dictionary index of every word found in `text`, window by window; a match counts in the window it starts in. */
  private *matches(matcher: AhoCorasick, text: string): Generator<number> {
    for (let start = 0; start < text.length;) {
      let end = Math.min(text.length, start + WINDOW);
      if (isLowSurrogate(text.charCodeAt(end))) end++; // never cut a surrogate pair
      for (const match of matcher.iterate(text.slice(start, end + this.longest))) {
        if (match.start < end - start) yield match.patternIndex;
      }
      start = end;
    }
  }
}
