import { type QueryWord } from './segmenter';
import { encodeTerm, encodeTerms } from './term-encoding';

/**
 * AGAINST strings (BOOLEAN MODE) for a segmented query. Tokens are hex, so no user character
 * ever reaches the boolean syntax.
 */
export interface BooleanQuery {
  /** Every word must occur: as itself, or as all of its sub-words (a compound segmented otherwise). */
  match: string;
  /** Any of the words in the title: ranks title hits first. */
  title: string;
}

export function booleanQuery(words: QueryWord[]): BooleanQuery | null {
  const required: string[] = [];
  const title: string[] = [];
  for (const { word, parts } of words) {
    const whole = encodeTerm(word, 'any');
    const partTerms = encodeTerms(parts, 'any');
    if (whole === null && partTerms.length === 0) continue;
    const alternatives = [whole, partTerms.length > 0 ? `(${partTerms.map((term) => `+${term}`).join(' ')})` : null];
    required.push(`+(${alternatives.filter((part) => part !== null).join(' ')})`);
    title.push(...encodeTerms([word, ...parts], 'title'));
  }
  if (required.length === 0) return null;
  return { match: required.join(' '), title: title.join(' ') };
}
