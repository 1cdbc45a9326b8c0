import { apiQuery, filterFromParams, paramsFromFilter } from './filter';

describe('the audit log filters', () => {
  it('read the address, dropping what the API would refuse', () => {
    const params = new URLSearchParams('siteId=3&userId=x&action=articles.submit&from=2026-01-05&to=2026-13-40&page=2');
    expect(filterFromParams(params)).toEqual({ siteId: 3, action: 'articles.submit', from: '2026-01-05', page: 2, pageSize: 50 });
    expect(filterFromParams(new URLSearchParams('action=drop table;&pageSize=9999'))).toEqual({ page: 1, pageSize: 200 });
  });

  it('write only what differs from the defaults', () => {
    expect(paramsFromFilter({ siteId: 3, action: undefined, page: 1, pageSize: 50 })).toEqual({ siteId: '3' });
    expect(paramsFromFilter({ page: 3, pageSize: 100 })).toEqual({ page: '3', pageSize: '100' });
  });

  it('turn whole days into the instants that bound them', () => {
    const query = apiQuery({ from: '2026-01-05', to: '2026-01-06', page: 1, pageSize: 50 });
    expect(new Date(query.from!).getTime()).toBe(new Date(2026, 0, 5, 0, 0, 0, 0).getTime());
    expect(new Date(query.to!).getTime()).toBe(new Date(2026, 0, 6, 23, 59, 59, 999).getTime());
    expect(query).toMatchObject({ page: 1, pageSize: 50 });
  });
});
