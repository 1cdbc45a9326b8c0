const PAGE_TYPES: Record<string, string> = {
  home: '首页',
  list: '列表页',
  article: '文章页',
  single: '单页',
  'sitemap-html': '网站地图',
  notice: '提示页',
  search: '搜索结果页',
  'interaction-form': '互动交流表单',
  'interaction-query': '办理查询',
  'interaction-list': '信件选登',
};

const PARTIALS: Record<string, string> = {
  head: '页面头部信息',
  identity: '统一标识',
  nav: '主导航',
  'service-bar': '服务工具栏',
  'search-box': '搜索框',
  footer: '页脚',
  'disclosure-meta': '信息公开表',
  'article-body': '文章正文',
  'article-list': '文章列表',
  breadcrumb: '面包屑',
  'interaction-tabs': '互动交流导航',
  'letter-card': '信件卡片',
  pagination: '分页',
  'side-nav': '侧栏导航',
  'sitemap-branch': '网站地图栏目树',
};

export function pageTypeLabel(type: string): string {
  return PAGE_TYPES[type] ?? type;
}

/** A template's name in words: 总布局, 文章页模板, 页脚片段 … */
export function templateLabel(name: string): string {
  if (name === 'layout') return '总布局';
  const [kind, rest] = [name.slice(0, name.indexOf('.')), name.slice(name.indexOf('.') + 1)];
  if (kind === 'page') return `${pageTypeLabel(rest)}模板`;
  return `${PARTIALS[rest] ?? rest}片段`;
}
