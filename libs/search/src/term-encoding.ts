/**
 * Why encode: InnoDB FULLTEXT (MySQL 8 and MariaDB) skips tokens shorter than
 * innodb_ft_min_token_size (default 3, so most Chinese words) and those on its stopword list, and
 * its default parser cannot split Chinese. Each segmented word is therefore stored as one latin
 * token: a field prefix and the hex of its UTF-8 bytes. Every token is at least 3 characters,
 * never a stopword, and is matched only as a whole.
 */

/** Where a word occurs: any field (title, body, attachment names), or the title. */
export type TermField = 'any' | 'title';

const PREFIX: Record<TermField, string> = { any: 'w', title: 't' };

/** innodb_ft_max_token_size defaults to 84 characters: a prefix and 41 bytes of hex fit. */
export const MAX_WORD_BYTES = 41;

export function encodeTerm(word: string, field: TermField): string | null {
  const bytes = Buffer.from(word, 'utf8');
  if (bytes.length === 0 || bytes.length > MAX_WORD_BYTES) return null;
  return PREFIX[field] + bytes.toString('hex');
}

export function encodeTerms(words: Iterable<string>, field: TermField): string[] {
  const terms: string[] = [];
  for (const word of words) {
    const term = encodeTerm(word, field);
    if (term !== null) terms.push(term);
  }
  return terms;
}

/**
 * The `terms` column: the terms space-separated, with a space before the first and after the last,
 * so that ` <term> ` finds a whole term in a row by plain substring search (search-plan.ts).
 */
export function storedTerms(terms: string[]): string {
  return ` ${terms.join(' ')} `;
}

/** The terms of one field in a stored `terms` value. */
export function termsOf(stored: string, field: TermField): string[] {
  return stored.split(' ').filter((term) => term.startsWith(PREFIX[field]));
}

/** What a row's `terms` contains when it contains `term`. */
export function termNeedle(term: string): string {
  return ` ${term} `;
}
