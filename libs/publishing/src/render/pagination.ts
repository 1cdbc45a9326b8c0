import type { PaginationView } from '@zhanqun/templating';

/** Up to ten page links around `page`; `urlOf(n)` is the URL of page n. */
export function paginationView(page: number, pageCount: number, urlOf: (page: number) => string): PaginationView {
  const first = Math.max(1, Math.min(page - 4, pageCount - 9));
  const last = Math.min(pageCount, first + 9);
  const pages = [];
  for (let number = first; number <= last; number++) {
    pages.push({ number, url: urlOf(number), current: number === page });
  }
  return {
    page,
    pageCount,
    prevUrl: page > 1 ? urlOf(page - 1) : null,
    nextUrl: page < pageCount ? urlOf(page + 1) : null,
    pages,
  };
}
