import type { Article } from './article.entity';

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((value, index) => value === b[index]);
  return a === b;
}

/**
 * The fields of `changes` whose value differs from the article's. A client may send back the whole
 * article as read with one field changed: the rest is no change (so a live article's edit waits for
 * review only when its content really changed).
 */
export function realChanges(article: Article, changes: Partial<Article>): Partial<Article> {
  return Object.fromEntries(
    Object.entries(changes).filter(([field, value]) => !same(article[field as keyof Article], value)),
  ) as Partial<Article>;
}
