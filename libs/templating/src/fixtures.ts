import type {
  ArticlePage,
  ArticleSummaryView,
  ArticleView,
  HomePage,
  InteractionFormPage,
  InteractionListPage,
  InteractionQueryPage,
  InteractionTab,
  ListPage,
  MetaTag,
  NavItem,
  NoticePage,
  PageBase,
  PublicLetterView,
  SearchPage,
  SinglePage,
  SitemapHtmlPage,
} from './view-models';

/**
 * Realistic view models of every page type (a department sub-site 示范县教育局 of the group
 * 示范县人民政府), for tests of the theme and of renderers. Every call returns fresh objects, so
 * a test may mutate what it gets.
 */

function column(name: string, url: string, children: NavItem[] = [], active = false): NavItem {
  return { name, url, active, children };
}

/** The standard department column skeleton (统一栏目), two levels deep, with 政务动态 › 工作动态 active. */
function sampleNav(): NavItem[] {
  return [
    column(
      '政务动态',
      '/zwdt/index.html',
      [column('工作动态', '/zwdt/gzdt/index.html', [], true), column('通知公告', '/zwdt/tzgg/index.html')],
      true,
    ),
    column('机构概况', '/jggk/index.html', [
      column('概况信息', '/jggk/gkxx/index.html'),
      column('机构职能', '/jggk/jgzn/index.html'),
      column('领导信息', '/jggk/ldxx/index.html'),
    ]),
    column('信息公开', '/xxgk/index.html', [
      column('政策文件', '/xxgk/zcwj/index.html'),
      column('公开目录', '/xxgk/gkml/index.html'),
      column('依申请公开', '/xxgk/ysqgk/index.html'),
      column('年度报告', '/xxgk/ndbg/index.html'),
    ]),
    column('办事服务', '/bsfw/index.html', [column('办事指南', '/bsfw/bszn/index.html'), column('表格下载', '/bsfw/bgxz/index.html')]),
    column('互动交流', '/hdjl/index.html', [
      column('领导信箱', '/hdjl/ldxj/index.html'),
      column('咨询投诉', '/hdjl/zxts/index.html'),
      column('在线访谈', '/hdjl/zxft/index.html'),
      column('调查征集', '/hdjl/dczj/index.html'),
    ]),
  ];
}

/** The sample navigation with a third and fourth level under 政策文件 (columns nest up to four). */
function fourLevels(nav: NavItem[]): NavItem[] {
  const policies = nav[2].children[0];
  policies.children = [column('县政府文件', '/xxgk/zcwj/xzfwj/index.html', [column('规范性文件', '/xxgk/zcwj/xzfwj/gfxwj/index.html')])];
  return nav;
}

function siteMeta(): MetaTag[] {
  return [
    { name: 'SiteName', content: '示范县教育局' },
    { name: 'SiteDomain', content: 'jyj.zhanqun.test' },
    { name: 'SiteIDCode', content: '4103240001' },
  ];
}

function columnMeta(name: string, type: string): MetaTag[] {
  return [
    { name: 'ColumnName', content: name },
    { name: 'ColumnDescription', content: `示范县教育局${name}` },
    { name: 'ColumnKeywords', content: name },
    { name: 'ColumnType', content: type },
  ];
}

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
        rows: [
          [
            { label: '主办单位', value: '示范县教育局' },
            { label: '承办单位', value: '示范县教育局办公室' },
          ],
          [
            { label: '联系电话', value: '0379-66661234' },
            { label: '地址', value: '示范县人民路1号' },
          ],
          [
            { label: '网站标识码', value: '4103240001' },
            { label: 'ICP备案号', value: '豫ICP备05001234号-1', url: 'https://beian.miit.gov.cn/' },
            {
              label: '公安机关备案号',
              value: '豫公网安备 41032402000001号',
              url: 'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41032402000001',
            },
          ],
        ],
      },
      errorReportUrl: 'http://www.zhanqun.test/hdjl/zxts/index.html',
      showEmblem: true,
      serviceBar: { print: true, mailbox: true, errorReport: true, sitemap: true },
      featureText: '办好人民满意的教育',
      mailboxUrl: 'http://jyj.zhanqun.test/interaction/mailbox',
    },
    style: {
      primaryColor: '#b5121b',
      accentColor: '#1f4e8c',
      textColor: '#222222',
      fontFamily: '"PingFang SC", "Microsoft YaHei", sans-serif',
      baseFontSize: 16,
    },
    pageTitle: '示范县教育局',
    meta: siteMeta(),
    nav: sampleNav(),
    breadcrumb: [{ name: '首页', url: '/index.html' }],
    searchUrl: '/search',
    year: 2026,
    rssUrl: 'http://jyj.zhanqun.test/rss.xml',
    govLinks: [
      {
        group: 'higher',
        links: [
          { name: '中国政府网', url: 'https://www.gov.cn/' },
          { name: '河南省人民政府', url: 'https://www.henan.gov.cn/' },
        ],
      },
      {
        group: 'sibling',
        links: [
          { name: '示范县人民政府', url: 'http://www.zhanqun.test/' },
          { name: '示范县财政局', url: 'http://czj.zhanqun.test/?a=1&b=2' },
        ],
      },
    ],
    ...overrides,
  };
}

const NEWS: [string, string, string, string, boolean][] = [
  ['全县教育工作会议召开 部署2027年重点任务', 'zwdt/gzdt', '20261120', '工作动态', true],
  ['关于做好2026年冬季校园安全工作的通知', 'zwdt/tzgg', '20261118', '通知公告', false],
  ['县教育局开展中小学食堂食品安全专项检查', 'zwdt/gzdt', '20261116', '工作动态', false],
  ['关于公布2026年县级优质课评选结果的公告', 'zwdt/tzgg', '20261112', '通知公告', false],
  ['我县三所学校获评省级文明校园', 'zwdt/gzdt', '20261109', '工作动态', true],
  ['关于开展2027年义务教育阶段招生政策宣传的通知', 'zwdt/tzgg', '20261105', '通知公告', false],
  ['县教育局召开“双减”工作推进会', 'zwdt/gzdt', '20261101', '工作动态', false],
  ['示范县2026年教师资格认定工作公告', 'zwdt/tzgg', '20261028', '通知公告', false],
];

/** Article summaries across 工作动态 and 通知公告, newest first. */
export function sampleItems(columnName?: string): ArticleSummaryView[] {
  return NEWS.filter(([, , , name]) => !columnName || name === columnName).map(([title, path, day, name, headline], index) => ({
    title,
    url: `/${path}/${day.slice(0, 6)}/t${day}_${101 + index}.html`,
    date: `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6)}`,
    columnName: name,
    headline,
  }));
}

function sampleArticle(): ArticleView {
  const [first] = sampleItems();
  return {
    title: first.title,
    subtitle: '',
    publishedAt: '2026-11-20 09:30',
    source: '示范县教育局',
    author: '办公室',
    keywords: '教育工作会议,重点任务',
    summary: '会议总结了2026年全县教育工作,部署了2027年重点任务。',
    bodyHtml:
      '<p>11月20日上午,全县教育工作会议在县教育局会议室召开。</p>' +
      '<p>会议指出,全县教育系统要坚持立德树人根本任务,持续推进义务教育优质均衡发展。</p>' +
      '<table><thead><tr><th>指标</th><th>2026年</th></tr></thead><tbody><tr><td>新建校舍(平方米)</td><td>12000</td></tr></tbody></table>',
    url: first.url,
    attachments: [
      { name: '2027年全县教育工作要点.pdf', url: '/uploads/202611/0f1e2d3c4b5a69788796a5b4c3d2e1f0.pdf', type: 'PDF', size: '1.2 MB' },
      { name: '重点任务分解表.xlsx', url: '/uploads/202611/a0b1c2d3e4f5061728394a5b6c7d8e9f.xlsx', type: 'XLSX', size: '36 KB' },
    ],
  };
}

function articleMeta(article: ArticleView): MetaTag[] {
  return [
    { name: 'ArticleTitle', content: article.title },
    { name: 'PubDate', content: article.publishedAt },
    { name: 'ContentSource', content: article.source },
    { name: 'Keywords', content: article.keywords },
    { name: 'Author', content: article.author },
    { name: 'Description', content: article.summary },
    { name: 'Url', content: `http://jyj.zhanqun.test${article.url}` },
  ];
}

const HOME: { name: string; url: string } = { name: '首页', url: '/index.html' };
const GZDT = { name: '工作动态', url: '/zwdt/gzdt/index.html' };

const HDJL = { name: '互动交流', url: '/hdjl/index.html' };

function interactionTabs(active: number): InteractionTab[] {
  return [
    { name: '我要写信', url: '/interaction/mailbox' },
    { name: '我要找错', url: '/interaction/error-report' },
    { name: '办理查询', url: '/interaction/query' },
    { name: '信件选登', url: '/interaction/letters' },
  ].map((tab, index) => ({ ...tab, active: index === active }));
}

function sampleLetter(): PublicLetterView {
  return {
    kindName: '领导信箱',
    subject: '关于城关镇中心小学校车线路的建议',
    text: '希望增加东关村方向的校车站点。\n谢谢!',
    writer: '李*',
    date: '2026-11-20',
    statusName: '已答复',
    reply: '您好,已将建议转交学校,下学期起增设东关村站点。',
    replyDate: '2026-11-24',
  };
}

export const fixtures = {
  home: (): HomePage => {
    const items = sampleItems();
    return {
      ...basePage({ nav: sampleNav().map((item) => ({ ...item, active: false })) }),
      headlines: items.filter((item) => item.headline),
      pictureNews: items.slice(0, 3).map(({ title, url, date }, index) => ({
        title,
        url,
        date,
        imageUrl: `/uploads/202611/${String(index).repeat(32)}_thumb.jpg`,
      })),
      notices: sampleItems('通知公告'),
      blocks: [
        { name: '工作动态', url: GZDT.url, items: sampleItems('工作动态') },
        { name: '信息公开', url: '/xxgk/index.html', items: [] },
        { name: '办事服务', url: '/bsfw/index.html', items: items.slice(0, 3) },
        { name: '互动交流', url: '/hdjl/index.html', items: items.slice(3, 6) },
      ],
    };
  },
  /** The group portal's home: no separate site name in the identity header. */
  portalHome: (): HomePage => {
    const home = fixtures.home();
    return {
      ...home,
      site: {
        ...home.site,
        code: 'www',
        name: '示范县人民政府',
        kind: 'portal',
        isPortal: true,
        homeUrl: 'http://www.zhanqun.test/',
        featureText: '',
      },
      pageTitle: '示范县人民政府',
    };
  },
  list: (): ListPage => ({
    ...basePage({
      pageTitle: '工作动态 - 示范县教育局',
      meta: [...siteMeta(), ...columnMeta('工作动态', '政务动态')],
      breadcrumb: [HOME, { name: '政务动态', url: '/zwdt/index.html' }, GZDT],
    }),
    column: { ...GZDT, description: '本局重要工作、会议和活动的动态信息。' },
    sideNav: sampleNav()[0].children,
    items: sampleItems('工作动态'),
    pagination: {
      page: 1,
      pageCount: 3,
      prevUrl: null,
      nextUrl: '/zwdt/gzdt/index_2.html',
      pages: [
        { number: 1, url: '/zwdt/gzdt/index.html', current: true },
        { number: 2, url: '/zwdt/gzdt/index_2.html', current: false },
        { number: 3, url: '/zwdt/gzdt/index_3.html', current: false },
      ],
    },
  }),
  article: (): ArticlePage => {
    const article = sampleArticle();
    return {
      ...basePage({
        pageTitle: `${article.title} - 示范县教育局`,
        meta: [...siteMeta(), ...columnMeta('工作动态', '政务动态'), ...articleMeta(article)],
        breadcrumb: [HOME, { name: '政务动态', url: '/zwdt/index.html' }, GZDT],
      }),
      column: GZDT,
      article,
    };
  },
  /** An article the portal adopted from a unit (信息报送): names the unit and links back. */
  syndicatedArticle: (): ArticlePage => {
    const view = fixtures.article();
    view.article = {
      ...view.article,
      source: '示范县教育局',
      sourceUrl: 'http://jyj.zhanqun.test/zwdt/gzdt/202611/t20261120_101.html',
      attachments: [],
    };
    return view;
  },
  /** 机构职能, a single-page column. */
  single: (): SinglePage => {
    const jgzn = { name: '机构职能', url: '/jggk/jgzn/index.html' };
    const article: ArticleView = {
      ...sampleArticle(),
      title: '示范县教育局机构职能',
      publishedAt: '2026-01-05 10:00',
      summary: '',
      keywords: '机构职能',
      bodyHtml: '<p>贯彻执行国家、省、市有关教育工作的方针、政策和法律法规。</p><p>统筹管理全县各级各类教育。</p>',
      url: jgzn.url,
      attachments: [],
    };
    return {
      ...basePage({
        pageTitle: '机构职能 - 示范县教育局',
        meta: [...siteMeta(), ...columnMeta('机构职能', '机构概况'), ...articleMeta(article)],
        breadcrumb: [HOME, { name: '机构概况', url: '/jggk/index.html' }, jgzn],
      }),
      column: jgzn,
      sideNav: sampleNav()[1].children.map((item) => ({ ...item, active: item.url === jgzn.url })),
      article,
      entries: [],
    };
  },
  sitemapHtml: (): SitemapHtmlPage => ({
    ...basePage({ pageTitle: '网站地图 - 示范县教育局', breadcrumb: [HOME, { name: '网站地图', url: '/sitemap.html' }] }),
    tree: fourLevels(sampleNav()),
  }),
  notice: (): NoticePage => ({
    ...basePage({ pageTitle: '页面不存在 - 示范县教育局', breadcrumb: [HOME, { name: '页面不存在', url: '/404.html' }] }),
    statusCode: 404,
    heading: '您访问的页面不存在',
    message: '页面可能已被删除或移动,请检查网址,或返回首页查找。',
  }),
  search: (): SearchPage => ({
    ...basePage({ pageTitle: '搜索:招生 - 示范县教育局', breadcrumb: [HOME, { name: '搜索结果', url: '/search' }] }),
    query: '招生',
    groupScope: false,
    message: '',
    notice: '',
    total: 2,
    results: [
      {
        title: [
          { text: '关于开展2027年义务教育阶段', hit: false },
          { text: '招生', hit: true },
          { text: '政策宣传的通知', hit: false },
        ],
        url: 'http://jyj.zhanqun.test/zwdt/tzgg/202611/t20261105_106.html',
        siteName: '示范县教育局',
        carriedBy: '示范县人民政府门户网站',
        date: '2026-11-05',
        snippet: [
          { text: '为做好义务教育阶段', hit: false },
          { text: '招生', hit: true },
          { text: '工作,现就有关事项通知如下…', hit: false },
        ],
      },
      {
        title: [{ text: '城关镇中心小学2027年新生入学公告', hit: false }],
        url: 'http://cgz.zhanqun.test/zwdt/tzgg/202610/t20261020_88.html',
        siteName: '示范县城关镇人民政府',
        carriedBy: '',
        date: '2026-10-20',
        snippet: [
          { text: '…附件:', hit: false },
          { text: '招生', hit: true },
          { text: '计划.xlsx', hit: false },
        ],
      },
    ],
    pagination: {
      page: 1,
      pageCount: 2,
      prevUrl: null,
      nextUrl: '/search?q=%E6%8B%9B%E7%94%9F&scope=site&page=2',
      pages: [
        { number: 1, url: '/search?q=%E6%8B%9B%E7%94%9F&scope=site&page=1', current: true },
        { number: 2, url: '/search?q=%E6%8B%9B%E7%94%9F&scope=site&page=2', current: false },
      ],
    },
  }),
  interactionForm: (): InteractionFormPage => ({
    ...basePage({ pageTitle: '领导信箱 - 示范县教育局', breadcrumb: [HOME, HDJL, { name: '领导信箱', url: '/interaction/mailbox' }] }),
    tabs: interactionTabs(0),
    isMailbox: true,
    heading: '领导信箱',
    action: '/interaction/mailbox',
    fields: {
      name: { value: '李明', error: '' },
      phone: { value: '', error: '请填写联系电话' },
      email: { value: '', error: '' },
      subject: { value: '关于城关镇中心小学校车线路的建议', error: '' },
      body: { value: '希望增加东关村方向的校车站点。', error: '' },
      errorType: { value: '', error: '' },
      pageUrl: { value: '', error: '' },
    },
    errorTypes: ['内容错误', '链接失效', '错别字', '信息更新不及时', '其他'].map((value) => ({ value, selected: false })),
    publicConsent: true,
    message: '提交未成功,请按提示修改后再提交。',
  }),
  errorReportForm: (): InteractionFormPage => ({
    ...fixtures.interactionForm(),
    pageTitle: '我为政府网站找错 - 示范县教育局',
    tabs: interactionTabs(1),
    isMailbox: false,
    heading: '我为政府网站找错',
    action: '/interaction/error-report',
    message: '',
  }),
  interactionQuery: (): InteractionQueryPage => ({
    ...basePage({ pageTitle: '办理查询 - 示范县教育局', breadcrumb: [HOME, HDJL, { name: '办理查询', url: '/interaction/query' }] }),
    tabs: interactionTabs(2),
    code: 'K7M2Q9TXH4RB',
    justSubmitted: true,
    message: '',
    letter: sampleLetter(),
  }),
  interactionList: (): InteractionListPage => ({
    ...basePage({ pageTitle: '信件选登 - 示范县教育局', breadcrumb: [HOME, HDJL, { name: '信件选登', url: '/interaction/letters' }] }),
    tabs: interactionTabs(3),
    total: 1,
    letters: [sampleLetter()],
    pagination: {
      page: 1,
      pageCount: 1,
      prevUrl: null,
      nextUrl: null,
      pages: [{ number: 1, url: '/interaction/letters?page=1', current: true }],
    },
  }),
};
