import { notACopyOfAHit } from './adopted-copies';
import { RECENT_WINDOW, type SearchPlan } from './search-plan';

/** A piece of SQL with its `?` parameters in order. */
export interface SqlPart {
  sql: string;
  params: unknown[];
}

/** The search's filters. */
export interface SearchScope {
  /** Sites searched; null: every indexed site. */
  siteIds: number[] | null;
  /** Columns searched (with their subtrees already expanded); null: all. */
  columnIds: number[] | null;
  /** Published at or after. */
  from: Date | null;
  /** Published before. */
  before: Date | null;
}

/** A row's terms (ASCII, binary collation: a byte search) contain a needle. */
const CONTAINS = 'INSTR(d.terms, ?) > 0';

/**
 * `FROM … WHERE …` of the documents (alias `d`) that match a plan within a scope: the FULLTEXT
 * candidates of its rare words (or, when every word is common, the newest RECENT_WINDOW
 * documents in scope), checked row by row for its common words, adopted copies of a hit left out.
 */
export function matchingDocuments(plan: SearchPlan, scope: SearchScope): SqlPart {
  // The filters, on any alias: the hits' and (for adopted copies) their sources'.
  const filters: { sql: (alias: string) => string; value: unknown }[] = [];
  if (scope.siteIds !== null) filters.push({ sql: (a) => `${a}.site_id IN (?)`, value: scope.siteIds.length ? scope.siteIds : [0] });
  if (scope.columnIds !== null)
    filters.push({ sql: (a) => `${a}.column_id IN (?)`, value: scope.columnIds.length ? scope.columnIds : [0] });
  if (scope.from) filters.push({ sql: (a) => `${a}.published_at >= ?`, value: scope.from });
  if (scope.before) filters.push({ sql: (a) => `${a}.published_at < ?`, value: scope.before });
  const within = (alias: string) => ['TRUE', ...filters.map((filter) => filter.sql(alias))].join(' AND ');
  const values = filters.map((filter) => filter.value);

  const candidates: SqlPart = plan.match
    ? { sql: `search_documents d WHERE MATCH(d.terms) AGAINST(? IN BOOLEAN MODE) AND ${within('d')}`, params: [plan.match, ...values] }
    : {
        // Every word is common: the newest documents in scope, read through an index, then checked row by row.
        sql: `(SELECT d.article_id FROM search_documents d WHERE ${within('d')} ORDER BY d.published_at DESC LIMIT ${RECENT_WINDOW}) recent
              JOIN search_documents d ON d.article_id = recent.article_id WHERE TRUE`,
        params: values,
      };
  const rowChecks = plan.rowChecks.map(
    (word) => `(${word.map((needles) => `(${needles.map(() => CONTAINS).join(' AND ')})`).join(' OR ')})`,
  );
  return {
    sql: `${candidates.sql} AND ${['TRUE', ...rowChecks].join(' AND ')} AND ${notACopyOfAHit(within)}`,
    params: [...candidates.params, ...plan.rowChecks.flat(2), ...values],
  };
}

/** Whether a document's title holds a query word: the first ranking key. */
export function titleHit(plan: SearchPlan): SqlPart {
  return { sql: plan.titleNeedles.length ? plan.titleNeedles.map(() => CONTAINS).join(' OR ') : 'FALSE', params: plan.titleNeedles };
}
