import dayjs from 'dayjs';

/** The audit log's filters as the screen keeps them (also in the address, so a view can be shared). */
export interface AuditFilter {
  siteId?: number;
  userId?: number;
  action?: string;
  /** First and last day (local), both inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const DEFAULT_PAGE_SIZE = 50;

/** What the API accepts as an action name, e.g. `articles.submit`. */
export const ACTION_PATTERN = /^[a-zA-Z.]{1,64}$/;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function positive(value: string | null): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

function day(value: string | null): string | undefined {
  // dayjs rolls impossible dates over (2026-13-40): a real day formats back to itself.
  return value && DAY.test(value) && dayjs(value).format('YYYY-MM-DD') === value ? value : undefined;
}

export function filterFromParams(params: URLSearchParams): AuditFilter {
  const action = params.get('action') ?? '';
  return {
    siteId: positive(params.get('siteId')),
    userId: positive(params.get('userId')),
    action: ACTION_PATTERN.test(action) ? action : undefined,
    from: day(params.get('from')),
    to: day(params.get('to')),
    page: positive(params.get('page')) ?? 1,
    pageSize: Math.min(positive(params.get('pageSize')) ?? DEFAULT_PAGE_SIZE, 200),
  };
}

export function paramsFromFilter(filter: AuditFilter): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    const isDefault = (key === 'page' && value === 1) || (key === 'pageSize' && value === DEFAULT_PAGE_SIZE);
    if (value !== undefined && value !== '' && !isDefault) params[key] = String(value);
  }
  return params;
}

/** The API's query: days become the instants that bound them in the browser's time zone. */
export function apiQuery({ from, to, ...rest }: AuditFilter) {
  return {
    ...rest,
    ...(from ? { from: dayjs(from).startOf('day').toISOString() } : {}),
    ...(to ? { to: dayjs(to).endOf('day').toISOString() } : {}),
  };
}
