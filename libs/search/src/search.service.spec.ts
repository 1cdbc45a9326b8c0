import type { DataSource } from 'typeorm';
import { SearchService, SearchTooBroadError } from './search.service';

const QUERY = { q: '招生', siteIds: [1], columnIds: null, from: null, before: null, page: 1, pageSize: 10 };

/** A DataSource answering VERSION() with `version`, then `answer` for every search statement. */
function fakeDataSource(version: string, answer: (sql: string) => unknown) {
  const statements: string[] = [];
  const query = jest.fn(async (sql: string) => {
    if (sql.startsWith('SELECT VERSION()')) return [{ version }];
    statements.push(sql);
    return answer(sql);
  });
  return { dataSource: { query } as unknown as DataSource, statements };
}

describe('SearchService time limit', () => {
  it('bounds each statement in the dialect of the server', async () => {
    const maria = fakeDataSource('10.11.19-MariaDB', (sql) => (sql.includes('COUNT(*)') ? [{ total: '0' }] : []));
    await new SearchService(maria.dataSource, 1500).search(QUERY);
    expect(maria.statements).toHaveLength(2);
    for (const sql of maria.statements) expect(sql).toMatch(/^SET STATEMENT max_statement_time = 1\.5 FOR SELECT /);

    const mysql = fakeDataSource('8.0.36', (sql) => (sql.includes('COUNT(*)') ? [{ total: '0' }] : []));
    await new SearchService(mysql.dataSource, 1500).search(QUERY);
    for (const sql of mysql.statements) expect(sql).toMatch(/^SELECT \/\*\+ MAX_EXECUTION_TIME\(1500\) \*\/ /);
  });

  it.each([1969, 3024])('turns a timeout (errno %i) into SearchTooBroadError with a Chinese message', async (errno) => {
    const { dataSource } = fakeDataSource('8.0.36', () => Promise.reject(Object.assign(new Error('timeout'), { driverError: { errno } })));
    const search = new SearchService(dataSource).search(QUERY);
    await expect(search).rejects.toBeInstanceOf(SearchTooBroadError);
    await expect(search).rejects.toThrow('搜索范围过大');
  });

  it('passes other errors through, and asks nothing without a word', async () => {
    const { dataSource, statements } = fakeDataSource('8.0.36', () => Promise.reject(new Error('boom')));
    await expect(new SearchService(dataSource).search(QUERY)).rejects.toThrow('boom');
    statements.length = 0;
    expect(await new SearchService(dataSource).search({ ...QUERY, q: '!!!' })).toEqual({ hits: [], total: 0, words: [] });
    expect(statements).toEqual([]);
  });
});
