import { parseSearchParams } from './search-params';

const message = (query: string) => {
  const parsed = parseSearchParams(query);
  return parsed.ok ? null : parsed.message;
};

describe('parseSearchParams', () => {
  it('reads a full query with defaults for what is missing', () => {
    expect(parseSearchParams('q=%20%E6%8B%9B%E7%94%9F%20')).toEqual({
      ok: true,
      params: { q: '招生', scope: 'site', page: 1, pageSize: 10, site: null, column: null, from: null, before: null },
    });
    const parsed = parseSearchParams('q=a&scope=group&page=3&pageSize=5&site=jyj&column=12&from=2026-01-01&to=2026-01-31');
    expect(parsed.ok && parsed.params).toEqual({
      q: 'a',
      scope: 'group',
      page: 3,
      pageSize: 5,
      site: 'jyj',
      column: 12,
      from: new Date('2025-12-31T16:00:00Z'),
      before: new Date('2026-01-31T16:00:00Z'),
    });
  });

  it('accepts an empty query and emoji', () => {
    expect(message('')).toBeNull();
    expect(message('q=%F0%9F%98%80')).toBeNull();
  });

  it.each([
    [`q=${'字'.repeat(101)}`, '搜索关键词不能超过100个字'],
    ['q=%3Cscript%3E', '搜索关键词不能包含尖括号(< >)或控制字符'],
    ['q=a%00b', '搜索关键词不能包含尖括号(< >)或控制字符'],
    ['scope=x', '搜索范围只能是本站(site)或全站群(group)'],
    ['page=-1', '页码应为1到100之间的整数'],
    ['page=abc', '页码应为1到100之间的整数'],
    ['page=0', '页码应为1到100之间的整数'],
    ['page=1.5', '页码应为1到100之间的整数'],
    ['page=101', '页码应为1到100之间的整数'],
    ['pageSize=51', '每页条数应为1到50之间的整数'],
    ['site=%E4%B8%AD', '站点代码无效'],
    ['column=x', '栏目编号应为正整数'],
    ['from=not-a-date', '起始日期应为有效日期,格式如 2026-01-31'],
    ['to=2026-02-30', '截止日期应为有效日期,格式如 2026-01-31'],
    ['from=2026-02-01&to=2026-01-01', '起始日期不能晚于截止日期'],
  ])('refuses %s', (query, text) => {
    expect(message(query)).toBe(text);
  });

  it('keeps a shortened query for the form when it is too long', () => {
    const parsed = parseSearchParams(`q=${'字'.repeat(10_000)}`);
    expect(parsed.params.q).toHaveLength(100);
  });

  it('survives malformed percent-encoding', () => {
    expect(parseSearchParams('q=%E4%B8').ok).toBe(true);
  });
});
