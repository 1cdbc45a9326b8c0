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
 * A compiled dictionary (Aho–Corasick, one pass per field whatever the number of words).
 * A word in both levels counts as `block`.
 */
export class WordMatcher {
  private readonly matcher: AhoCorasick | null;
  private readonly entries: DictionaryEntry[];

  constructor(entries: DictionaryEntry[]) {
    const byWord = new Map<string, DictionaryEntry>();
    for (const entry of entries) {
      const folded = foldText(entry.word);
      const known = byWord.get(folded);
      byWord.set(folded, { word: known?.word ?? entry.word, level: known?.level === 'block' ? 'block' : entry.level });
    }
    this.entries = [...byWord.values()];
    this.matcher = byWord.size ? new AhoCorasick([...byWord.keys()]) : null;
  }

  /** Every dictionary word found in each field, with how often. */
  scan(fields: Record<string, string>): WordHit[] {
    if (!this.matcher) return [];
    const hits: WordHit[] = [];
    for (const [field, text] of Object.entries(fields)) {
      if (!text) continue;
      const counts = new Map<number, number>();
      for (const match of this.matcher.search(foldText(text))) counts.set(match.patternIndex, (counts.get(match.patternIndex) ?? 0) + 1);
      for (const [index, count] of counts) hits.push({ ...this.entries[index], field, count });
    }
    return hits;
  }
}
