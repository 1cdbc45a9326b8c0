/** A citizen's search request as read from the query string, before sites and columns are resolved. */
export interface SearchParams {
  /** Trimmed; may be empty (the page then asks for a keyword). */
  q: string;
  scope: 'site' | 'group';
  page: number;
  pageSize: number;
  /** Code of one site to search within a group search. */
  site: string | null;
  column: number | null;
  /** Published on or after this day (China time). */
  from: Date | null;
  /** Published before this instant: the day after `to` (China time). */
  before: Date | null;
}

export type ParsedSearch = { ok: true; params: SearchParams } | { ok: false; params: SearchParams; message: string };

export const MAX_QUERY_LENGTH = 100;
export const MAX_PAGE = 100;
export const MAX_PAGE_SIZE = 50;
const DEFAULT_PAGE_SIZE = 10;
const CONTROL_OR_MARKUP = /[<>\u0000-\u001f\u007f]/u;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Midnight of a `YYYY-MM-DD` day in China time (UTC+8, no daylight saving), or null. */
function chinaDay(text: string): Date | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const utc = Date.UTC(year, month - 1, day);
  const date = new Date(utc);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return new Date(utc - 8 * 3_600_000);
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,6}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * Reads `q, scope, page, pageSize, site, column, from, to`. Every bad value gives a message in
 * Chinese; the parsed parameters still come back (with defaults) so the page can show the form.
 */
export function parseSearchParams(query: string): ParsedSearch {
  const input = new URLSearchParams(query);
  const text = (name: string) => input.get(name)?.trim() ?? '';
  const params: SearchParams = {
    q: text('q'),
    scope: 'site',
    page: 1,
    pageSize: DEFAULT_PAGE_SIZE,
    site: null,
    column: null,
    from: null,
    before: null,
  };
  const fail = (message: string): ParsedSearch => ({ ok: false, params, message });

  if ([...params.q].length > MAX_QUERY_LENGTH) {
    params.q = [...params.q].slice(0, MAX_QUERY_LENGTH).join('');
    return fail(`搜索关键词不能超过${MAX_QUERY_LENGTH}个字`);
  }
  if (CONTROL_OR_MARKUP.test(params.q)) return fail('搜索关键词不能包含尖括号(< >)或控制字符');
  const scope = text('scope') || 'site';
  if (scope !== 'site' && scope !== 'group') return fail('搜索范围只能是本站(site)或全站群(group)');
  params.scope = scope;
  if (input.has('page')) {
    const page = wholeNumber(text('page'), 1, MAX_PAGE);
    if (page === null) return fail(`页码应为1到${MAX_PAGE}之间的整数`);
    params.page = page;
  }
  if (input.has('pageSize')) {
    const pageSize = wholeNumber(text('pageSize'), 1, MAX_PAGE_SIZE);
    if (pageSize === null) return fail(`每页条数应为1到${MAX_PAGE_SIZE}之间的整数`);
    params.pageSize = pageSize;
  }
  if (text('site')) {
    if (!/^[a-z0-9-]{1,32}$/.test(text('site'))) return fail('站点代码无效');
    params.site = text('site');
  }
  if (text('column')) {
    const column = wholeNumber(text('column'), 1, 999_999);
    if (column === null) return fail('栏目编号应为正整数');
    params.column = column;
  }
  for (const name of ['from', 'to'] as const) {
    if (!text(name)) continue;
    const day = chinaDay(text(name));
    if (day === null) return fail(`${name === 'from' ? '起始' : '截止'}日期应为有效日期,格式如 2026-01-31`);
    if (name === 'from') params.from = day;
    else params.before = new Date(day.getTime() + DAY_MS);
  }
  if (params.from && params.before && params.from.getTime() >= params.before.getTime()) return fail('起始日期不能晚于截止日期');
  return { ok: true, params };
}
