import type { CrossTenantAccess } from '@zhanqun/shared';
import { termsOf } from './term-encoding';

/**
 * search_terms: in how many indexed documents each `any` term occurs. The search plans on it
 * (search-plan.ts): a word in a large share of the index is never looked up in the FULLTEXT
 * index, whose cost grows with every document a word occurs in.
 */
export class TermStatistics {
  /** `index`: the connection or transaction that reads and writes the search index. */
  constructor(private readonly index: Pick<CrossTenantAccess, 'query'>) {}

  /** Documents per term; a term never indexed is absent. */
  async documentCounts(terms: string[]): Promise<Map<string, number>> {
    if (terms.length === 0) return new Map();
    const rows: { term: string; documents: number }[] = await this.index.query(
      'SELECT term, documents FROM search_terms WHERE term IN (?)',
      [terms],
    );
    return new Map(rows.map((row) => [row.term, Number(row.documents)]));
  }

  /**
   * Counts the change from some documents' stored `before` terms (their rows as they were, none
   * for a new one) to their `after` terms. Run it in the transaction that writes the documents,
   * after locking their rows.
   */
  async record(before: string[], after: string[]): Promise<void> {
    const delta = new Map<string, number>();
    const count = (stored: string, change: number) => {
      for (const term of termsOf(stored, 'any')) delta.set(term, (delta.get(term) ?? 0) + change);
    };
    for (const stored of before) count(stored, -1);
    for (const stored of after) count(stored, 1);
    await this.add(delta);
  }

  /** Adds `delta` (term → change in documents) to the counts. */
  async add(delta: Map<string, number>): Promise<void> {
    // Sorted, so concurrent writers lock the counters in one order and cannot deadlock on them.
    const changed = [...delta].filter(([, change]) => change !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
    if (changed.length === 0) return;
    await this.index.query(
      `INSERT INTO search_terms (term, documents) VALUES ?
       ON DUPLICATE KEY UPDATE documents = GREATEST(0, documents + VALUES(documents))`,
      [changed],
    );
  }
}
