import { readFileSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { documentWords, encodeTerms, SearchService, SearchTooBroadError, storedTerms, TermStatistics, termsOf } from '@zhanqun/search';
import { Database } from '@zhanqun/shared';
import type { DataSource } from 'typeorm';
import { percentile, round } from './measure';

/** Vocabulary: the most frequent 2–4 character words of jieba's dictionary. */
const VOCABULARY_SIZE = 6000;
const BATCH = 1000;
const FIVE_YEARS_MS = 5 * 365 * 86_400_000;

/** A small deterministic generator, so two runs build the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function vocabulary(): string[] {
  const dictionary = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  return dictionary
    .split('\n')
    .map((line) => line.split(' '))
    .filter(([word]) => /^[\u4e00-\u9fff]{2,4}$/.test(word ?? ''))
    .sort((a, b) => Number(b[1]) - Number(a[1]))
    .slice(0, VOCABULARY_SIZE)
    .map(([word]) => word);
}

/** Word ranks follow Zipf's law, as in real text: a few very common words, a long tail. */
function zipf(next: () => number, size: number): () => number {
  const harmonic = Math.log(size) + 0.5772;
  return () => Math.min(size - 1, Math.floor(Math.exp(next() * harmonic)) - 1);
}

/**
 * Query words are content words: ranks from here on. The most frequent dictionary words
 * (我们, 中国, 发展 ...) occur in most synthetic documents; their queries are timed apart.
 */
const COMMON_WORDS = 200;

export interface SearchFigures {
  docs: number;
  buildSeconds: number;
  p50Ms: number;
  p95Ms: number;
  /** p95 of single-word queries among the COMMON_WORDS most frequent words. */
  commonWordP95Ms: number;
  /** Queries stopped by the search time limit (timed until the cut). */
  cutOff: number;
}

/**
 * Fills search_documents with `docs` synthetic articles spread over `siteIds` (titles of 4–8
 * words, bodies of 40–80), then times `queries` searches of 1–3 words, half in one site, half
 * group-wide. Rows are encoded as the indexer does; each vocabulary word is segmented once.
 */
export async function measureSearch(dataSource: DataSource, siteIds: number[], docs: number, queries = 200): Promise<SearchFigures> {
  const words = vocabulary();
  const wordTerms = words.map((word) => encodeTerms(documentWords(word), 'any'));
  const titleTerms = words.map((word) => encodeTerms(documentWords(word), 'title'));
  const next = random(2026);
  const pick = zipf(next, words.length);
  const db = new Database(dataSource);
  const [{ column }] = await db
    .crossTenant('groupSearch')
    .query<{ column: number }[]>('SELECT COALESCE(MIN(id), 1) AS `column` FROM site_columns');
  const started = Date.now();

  // Building the FULLTEXT index once after loading is far faster than updating it per row.
  await dataSource.query('ALTER TABLE search_documents DROP INDEX ft_search_terms');
  const bar = new SingleBar({ format: '  搜索语料 [{bar}] {value}/{total} 篇 {eta}s', hideCursor: true }, Presets.shades_classic);
  bar.start(docs, 0);
  const [{ maxId }] = await db
    .crossTenant('groupSearch')
    .query<{ maxId: string }[]>('SELECT COALESCE(MAX(article_id), 0) + 1000000 AS maxId FROM search_documents');
  const termCounts = new Map<string, number>();
  for (let offset = 0; offset < docs; offset += BATCH) {
    const rows: unknown[][] = [];
    for (let i = offset; i < Math.min(docs, offset + BATCH); i++) {
      const title = Array.from({ length: 4 + Math.floor(next() * 5) }, pick);
      const body = Array.from({ length: 40 + Math.floor(next() * 41) }, pick);
      const terms = new Set([...title, ...body].flatMap((index) => wordTerms[index]));
      for (const index of title) for (const term of titleTerms[index]) terms.add(term);
      rows.push([
        Number(maxId) + i,
        siteIds[i % siteIds.length],
        column,
        new Date(Date.now() - next() * FIVE_YEARS_MS),
        title.map((index) => words[index]).join(''),
        `${body.map((index) => words[index]).join('')}。`,
        storedTerms([...terms]),
      ]);
    }
    await dataSource.query(
      `INSERT INTO search_documents (article_id, site_id, column_id, published_at, title, body_text, terms) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      rows.flat(),
    );
    for (const row of rows) for (const term of termsOf(row[6] as string, 'any')) termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    bar.update(Math.min(docs, offset + BATCH));
  }
  bar.stop();
  await new TermStatistics(dataSource).add(termCounts);
  console.log('  建立全文索引 ...');
  await dataSource.query('ALTER TABLE search_documents ADD FULLTEXT KEY ft_search_terms (terms)');
  const buildSeconds = (Date.now() - started) / 1000;

  const search = new SearchService(dataSource);
  const contentWord = () => words[COMMON_WORDS + Math.floor(next() * (words.length - COMMON_WORDS))];
  const commonWord = () => words[Math.floor(next() * COMMON_WORDS)];
  const commonQueries = Math.max(1, Math.round(queries / 10));
  let cutOff = 0;
  const time = async (q: string, i: number) => {
    const sites = i % 2 === 0 ? [siteIds[Math.floor(next() * siteIds.length)]] : siteIds;
    const begun = performance.now();
    try {
      await search.search({ q, siteIds: sites, columnIds: null, from: null, before: null, page: 1, pageSize: 10 });
    } catch (error) {
      if (!(error instanceof SearchTooBroadError)) throw error;
      cutOff++;
    }
    return performance.now() - begun;
  };
  const latencies: number[] = [];
  const common: number[] = [];
  const queryBar = new SingleBar({ format: '  搜索查询 [{bar}] {value}/{total} 次', hideCursor: true }, Presets.shades_classic);
  queryBar.start(queries + commonQueries, 0);
  for (let i = 0; i < queries; i++) {
    latencies.push(await time(Array.from({ length: 1 + (i % 3) }, contentWord).join(' '), i));
    queryBar.increment();
  }
  for (let i = 0; i < commonQueries; i++) {
    common.push(await time(commonWord(), i));
    queryBar.increment();
  }
  queryBar.stop();
  return {
    docs,
    buildSeconds: round(buildSeconds),
    p50Ms: round(percentile(latencies, 50)),
    p95Ms: round(percentile(latencies, 95)),
    commonWordP95Ms: round(percentile(common, 95)),
    cutOff,
  };
}
