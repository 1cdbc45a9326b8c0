import type { ArticlePage, HomePage, ListPage, NoticePage, PageBase, SinglePage, SitemapHtmlPage } from './view-models';

/** Realistic view models of every page type, for tests of the theme and of renderers. */
export function basePage(overrides: Partial<PageBase> = {}): PageBase {
  return {
    site: {
      code: 'jyj',
      name: '示范县教育局',
      kind: 'department',
      homeUrl: 'http://jyj.zhanqun.test/',
      primaryDomain: 'jyj.zhanqun.test',
      portalName: '示范县人民政府',
      portalUrl: 'http://www.zhanqun.test/',
      isPortal: false,
      footer: {
        sponsor: '示范县教育局',
        organizer: '示范县教育局办公室',
        contactPhone: '0379-66661234',
        contactAddress: '示范县人民路1号',
        idCode: '4103240001',
        icp: '豫ICP备05001234号-1',
        psb: '豫公网安备 41032402000001号',
        psbCode: '41032402000001',
        conacUrl: 'https://bszs.conac.cn/',
      },
      errorReportUrl: 'http://www.zhanqun.test/hdjl/zxts/index.html',
      featureText: '办好人民满意的教育',
    },
    style: { primaryColor: '#b5121b', accentColor: '#1f4e8c', textColor: '#222222', fontFamily: 'sans-serif', baseFontSize: 16 },
    pageTitle: '示范县教育局',
    meta: [
      { name: 'SiteName', content: '示范县教育局' },
      { name: 'SiteDomain', content: 'jyj.zhanqun.test' },
      { name: 'SiteIDCode', content: '4103240001' },
    ],
    nav: [
      {
        name: '政务动态',
        url: '/zwdt/index.html',
        active: true,
        children: [{ name: '工作动态', url: '/zwdt/gzdt/index.html', active: true, children: [] }],
      },
      { name: '信息公开', url: '/xxgk/index.html', active: false, children: [] },
    ],
    breadcrumb: [{ name: '首页', url: '/index.html' }],
    searchUrl: '/search',
    year: 2026,
    ...overrides,
  };
}

const items = [
  { title: '全县教育工作会议召开', url: '/zwdt/gzdt/202611/t20261120_1.html', date: '2026-11-20', columnName: '工作动态', headline: true },
  {
    title: '关于做好2026年冬季校园安全工作的通知',
    url: '/zwdt/tzgg/202611/t20261118_2.html',
    date: '2026-11-18',
    columnName: '通知公告',
    headline: false,
  },
];

export const fixtures = {
  home: (): HomePage => ({
    ...basePage(),
    headlines: items.slice(0, 1),
    notices: items.slice(1),
    blocks: [{ name: '政务动态', url: '/zwdt/index.html', items }],
  }),
  list: (): ListPage => ({
    ...basePage({
      breadcrumb: [
        { name: '首页', url: '/index.html' },
        { name: '工作动态', url: '/zwdt/gzdt/index.html' },
      ],
    }),
    column: { name: '工作动态', url: '/zwdt/gzdt/index.html', description: '' },
    sideNav: [{ name: '工作动态', url: '/zwdt/gzdt/index.html', active: true, children: [] }],
    items,
    pagination: {
      page: 1,
      pageCount: 2,
      prevUrl: null,
      nextUrl: '/zwdt/gzdt/index_2.html',
      pages: [
        { number: 1, url: '/zwdt/gzdt/index.html', current: true },
        { number: 2, url: '/zwdt/gzdt/index_2.html', current: false },
      ],
    },
  }),
  article: (): ArticlePage => ({
    ...basePage({
      breadcrumb: [
        { name: '首页', url: '/index.html' },
        { name: '工作动态', url: '/zwdt/gzdt/index.html' },
        { name: '正文', url: items[0].url },
      ],
    }),
    column: { name: '工作动态', url: '/zwdt/gzdt/index.html' },
    article: {
      title: items[0].title,
      publishedAt: '2026-11-20 09:30',
      source: '示范县教育局',
      author: '',
      keywords: '教育',
      summary: '',
      bodyHtml: '<p>会议总结了全年工作。</p>',
      url: items[0].url,
    },
  }),
  single: (): SinglePage => ({ ...fixtures.article(), sideNav: [] }),
  sitemapHtml: (): SitemapHtmlPage => ({ ...basePage(), tree: basePage().nav }),
  notice: (): NoticePage => ({ ...basePage(), statusCode: 404, heading: '您访问的页面不存在', message: '请检查网址。' }),
};
