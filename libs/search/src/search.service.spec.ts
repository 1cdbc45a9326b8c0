import type { DataSource } from 'typeorm';
import { SearchService, SearchTooBroadError } from './search.service';

const QUERY = { q: '招生', siteIds: [1], columnIds: null, from: null, before: null, page: 1, pageSize: 10 };

/** A DataSource answering VERSION() with `version`, then `answer` for every search statement. */
function fakeDataSource(version: string, answer: (sql: string) => unknown) {
  const statements: string[] = [];
  const query = jest.fn(async (sql: string) => {
    if (sql.startsWith('SELECT VERSION()')) return [{ version }];
    if (sql.includes('FROM search_terms')) return [];
    statements.push(sql);
    return answer(sql);
  });
  return { dataSource: { query } as unknown as DataSource, statements };
}

describe('SearchService time limit', () => {
  it('bounds each statement in the dialect of the server', async () => {
    const maria = fakeDataSource('10.11.19-MariaDB', () => []);
    await new SearchService(maria.dataSource, 1500).search(QUERY);
    expect(maria.statements).toHaveLength(1);
    for (const sql of maria.statements) expect(sql).toMatch(/^SET STATEMENT max_statement_time = 1\.5 FOR SELECT /);

    const mysql = fakeDataSource('8.0.36', () => []);
    await new SearchService(mysql.dataSource, 1500).search(QUERY);
    for (const sql of mysql.statements) expect(sql).toMatch(/^SELECT \/\*\+ MAX_EXECUTION_TIME\(1500\) \*\/ /);
  });

  it.each([
    [1969, 'Query execution was interrupted (max_statement_time exceeded)'],
    [3024, 'Query execution was interrupted, maximum statement execution time exceeded'],
    [188, 'Unknown error 188'],
    [1030, 'Got error 188 "FTS query exceeds result cache limit" from storage engine InnoDB'],
  ])('turns a query too broad to answer (errno %i) into SearchTooBroadError with a Chinese message', async (errno, message) => {
    const { dataSource } = fakeDataSource('8.0.36', () =>
      Promise.reject(Object.assign(new Error(message), { driverError: { errno, message } })),
    );
    const search = new SearchService(dataSource).search(QUERY);
    await expect(search).rejects.toBeInstanceOf(SearchTooBroadError);
    await expect(search).rejects.toThrow('搜索范围过大');
  });

  it('asks the server its dialect again after a failed first question', async () => {
    let calls = 0;
    const query = jest.fn(async (sql: string) => {
      if (sql.startsWith('SELECT VERSION()') && calls++ === 0) throw Object.assign(new Error('lost'), { code: 'PROTOCOL_CONNECTION_LOST' });
      if (sql.startsWith('SELECT VERSION()')) return [{ version: '10.11.19-MariaDB' }];
      return [];
    });
    const search = new SearchService({ query } as unknown as DataSource);
    await expect(search.search(QUERY)).rejects.toThrow('lost');
    await expect(search.search(QUERY)).resolves.toEqual(expect.objectContaining({ total: 0 }));
  });

  it('passes other errors through, and asks nothing without a word', async () => {
    const { dataSource, statements } = fakeDataSource('8.0.36', () => Promise.reject(new Error('boom')));
    await expect(new SearchService(dataSource).search(QUERY)).rejects.toThrow('boom');
    statements.length = 0;
    expect(await new SearchService(dataSource).search({ ...QUERY, q: '!!!' })).toEqual({
      hits: [],
      total: 0,
      words: [],
      recentOnly: false,
    });
    expect(statements).toEqual([]);
  });
});
