import { type QueryWord } from './segmenter';
import { encodeTerm, encodeTerms } from './term-encoding';

/**
 * The AGAINST string (BOOLEAN MODE) that requires every word: as itself, or as all of its
 * sub-words (a compound segmented otherwise). Tokens are hex, so no user character ever reaches
 * the boolean syntax. Null without a usable word.
 */
export function booleanQuery(words: QueryWord[]): string | null {
  const required: string[] = [];
  for (const { word, parts } of words) {
    const whole = encodeTerm(word, 'any');
    const partTerms = encodeTerms(parts, 'any');
    if (whole === null && partTerms.length === 0) continue;
    const alternatives = [whole, partTerms.length > 0 ? `(${partTerms.map((term) => `+${term}`).join(' ')})` : null];
    required.push(`+(${alternatives.filter((part) => part !== null).join(' ')})`);
  }
  return required.length ? required.join(' ') : null;
}
