/** A column as the columns API gives it: enough to offer its page for a preview. */
export interface ColumnNode {
  name: string;
  path: string;
  kind: 'list' | 'page' | 'link';
  children: ColumnNode[];
}

export interface PageOption {
  value: string;
  label: string;
}

export const HOME_PAGE = '/index.html';

/** Pages apps/site renders per request: the preview shows them with sample content. */
const OTHER_PAGES: PageOption[] = [
  { value: '/sitemap.html', label: '网站地图' },
  { value: '/search', label: '搜索结果(示例)' },
  { value: '/interaction/mailbox', label: '领导信箱' },
  { value: '/interaction/error-report', label: '我要找错' },
  { value: '/interaction/query', label: '办理查询(示例)' },
  { value: '/interaction/letters', label: '信件选登(示例)' },
  { value: '/404.html', label: '页面不存在(404)' },
];

/** The pages of a site one can preview: home, each column's first page (nested names), the rest. */
export function previewPages(columns: ColumnNode[]): PageOption[] {
  const pages: PageOption[] = [{ value: HOME_PAGE, label: '首页' }];
  const walk = (nodes: ColumnNode[], trail: string[]) => {
    for (const column of nodes) {
      const names = [...trail, column.name];
      if (column.kind !== 'link') pages.push({ value: `/${column.path}/index.html`, label: names.join(' › ') });
      walk(column.children, names);
    }
  };
  walk(columns, []);
  return [...pages, ...OTHER_PAGES];
}
