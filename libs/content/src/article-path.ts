import { chinaDateStamps } from '@zhanqun/shared';

/** The URL scheme of generated sites (docs/architecture.md), shared by every site. */
export function articlePath(columnPath: string, publishedAt: Date, articleId: number): string {
  const { yyyymm, yyyymmdd } = chinaDateStamps(publishedAt);
  return `/${columnPath}/${yyyymm}/t${yyyymmdd}_${articleId}.html`;
}

/** `/<column path>/index.html`, `index_2.html`, ... (page numbers from 1). */
export function listPath(columnPath: string, page: number): string {
  return `/${columnPath}/${page === 1 ? 'index.html' : `index_${page}.html`}`;
}

export const LIST_PAGE_SIZE = 20;
