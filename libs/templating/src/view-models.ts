/**
 * The data every page template receives. Built by the publishing planner from database state
 * (libs/publishing) and rendered by the theme (templates/default). All strings are plain text
 * and are escaped by `{{ }}`, except `ArticleView.bodyHtml`, which is sanitized on save and is
 * the only value a template may print with `{{{ }}}`.
 */

/** Style tokens of the standards profile (统一风格). */
export interface StyleTokens {
  /** Main colour, e.g. `#b5121b`. */
  primaryColor: string;
  /** Accent colour (at most three colours in all). */
  accentColor: string;
  /** Text colour. */
  textColor: string;
  /** Link colour; must be one of the three colours above (the theme's own when absent). */
  linkColor?: string;
  fontFamily: string;
  /** Base font size in px. */
  baseFontSize: number;
}

/** Footer identification block (统一页脚); empty strings are shown as nothing. */
export interface FooterView {
  sponsor: string; // 主办单位
  organizer: string; // 承办单位
  contactPhone: string;
  contactAddress: string;
  idCode: string; // 政府网站标识码, 10 characters
  icp: string; // ICP备案号, e.g. 豫ICP备05001234号
  psb: string; // 公安机关备案号, e.g. 豫公网安备 41032402000001号
  psbCode: string; // the digits of `psb`, for the beian.mps.gov.cn link
  /** 党政机关标识 link (https://bszs.conac.cn/...) – shown as the red emblem. */
  conacUrl: string;
  /** The items above in the rows and order the standards profile locks; empty items left out. */
  rows: FooterFact[][];
}

/** One labelled footer item, e.g. 网站标识码:4103240001; `url` links it (备案 lookups). */
export interface FooterFact {
  label: string;
  value: string;
  url?: string;
}

export interface NavItem {
  name: string;
  /** Site-relative URL, e.g. `/zwdt/index.html`. */
  url: string;
  active: boolean;
  children: NavItem[];
}

export interface Crumb {
  name: string;
  url: string;
}

export interface SiteView {
  code: string;
  name: string; // e.g. 示范县教育局
  kind: 'portal' | 'department' | 'township';
  /** Absolute URL of this site's home, e.g. `http://jyj.zhanqun.localhost:8080/`. */
  homeUrl: string;
  primaryDomain: string;
  portalName: string; // e.g. 示范县人民政府
  /** Absolute URL of the portal home (统一入口). */
  portalUrl: string;
  isPortal: boolean;
  footer: FooterView;
  /** URL of the group-wide "我为政府网站找错" entry. */
  errorReportUrl: string;
  /** Show the national emblem in the identity header (统一标识). */
  showEmblem: boolean;
  /** Which tools the service bar offers besides accessibility and elder mode (统一服务). */
  serviceBar: { print: boolean; mailbox: boolean; errorReport: boolean; sitemap: boolean };
  /** The unit's feature banner slot (本单位特色), plain text, may be empty. */
  featureText: string;
  /**
   * URL of the unified 领导信箱 entry shown in the service bar (统一服务), the
   * site's `/interaction/mailbox`; the entry is left out when absent (the platform's own pages).
   */
  mailboxUrl?: string;
}

/** Metadata tags of 统一元数据 (site, column and article level), printed as <meta name=... content=...>. */
export interface MetaTag {
  name: string;
  content: string;
}

export interface ArticleSummaryView {
  title: string;
  url: string;
  /** `YYYY-MM-DD`. */
  date: string;
  columnName: string;
  headline: boolean;
}

/** 图片新闻: an article with its cover thumbnail. */
export interface PictureNewsView {
  title: string;
  url: string;
  date: string;
  /** Site-relative URL of the 480×320 thumbnail. */
  imageUrl: string;
}

/** A file listed under an article body. */
export interface AttachmentView {
  /** The name it was uploaded with, e.g. `2027年招生计划.xlsx`. */
  name: string;
  /** Site-relative URL of the published copy. */
  url: string;
  /** Upper-case type label, e.g. `PDF`. */
  type: string;
  /** Human size, e.g. `1.2 MB`. */
  size: string;
}

export interface ColumnBlockView {
  name: string;
  url: string;
  items: ArticleSummaryView[];
}

export interface PaginationView {
  page: number;
  pageCount: number;
  prevUrl: string | null;
  nextUrl: string | null;
  pages: { number: number; url: string; current: boolean }[];
}

export interface ArticleView {
  title: string;
  /** 副标题, empty when none. */
  subtitle: string;
  /** `YYYY-MM-DD HH:MM`. */
  publishedAt: string;
  source: string;
  /** The source article's page when taken over from another site (信息报送): the page links back. */
  sourceUrl?: string;
  author: string;
  keywords: string;
  summary: string;
  /** Sanitized HTML — the only triple-stash value. */
  bodyHtml: string;
  url: string;
  /** Files listed under the body (附件), published with the article. */
  attachments: AttachmentView[];
  /** The standard metadata table of a 信息公开 document. */
  disclosure?: DisclosureView;
}

export interface DisclosureView {
  indexNo: string; // 索引号
  issuer: string; // 发布机构
  writtenOn: string; // 成文日期 YYYY-MM-DD
  docNo: string; // 文号
  topic: string; // 主题分类
  validity: '有效' | '已修订' | '已废止';
  /** Revised or repealed: the page carries the mark prominently (国办 guideline). */
  superseded: boolean;
}

/** Fields shared by every page. */
/** A government site in the 政府网站链接 block. */
export interface GovLinkView {
  name: string;
  /** Absolute http(s) URL. */
  url: string;
}

/**
 * One group of 政府网站链接 in the footer: higher-level sites (中国政府网, 省/市政府) or the
 * group's own units. Empty groups are left out.
 */
export interface GovLinkGroupView {
  group: 'higher' | 'sibling';
  links: GovLinkView[];
}

export interface PageBase {
  site: SiteView;
  style: StyleTokens;
  /** `<title>` text. */
  pageTitle: string;
  meta: MetaTag[];
  nav: NavItem[];
  breadcrumb: Crumb[];
  /** Site-relative URL of the search endpoint served by apps/site. */
  searchUrl: string;
  /** Year for the copyright line. */
  year: number;
  /** Absolute URL of the site's RSS feed. */
  rssUrl: string;
  govLinks: GovLinkGroupView[];
}

export interface HomePage extends PageBase {
  headlines: ArticleSummaryView[];
  pictureNews: PictureNewsView[];
  notices: ArticleSummaryView[];
  blocks: ColumnBlockView[];
}

export interface ListPage extends PageBase {
  column: { name: string; url: string; description: string };
  /** Sibling/child columns shown in the side navigation. */
  sideNav: NavItem[];
  items: ArticleSummaryView[];
  pagination: PaginationView;
}

export interface ArticlePage extends PageBase {
  column: { name: string; url: string };
  article: ArticleView;
}

/** A link to a citizens' service of apps/site, e.g. 我要写信 → `/interaction/mailbox`. */
export interface EntryLink {
  name: string;
  url: string;
}

/** A column of kind "page" (单页, e.g. 机构职能) shows one text instead of a list. */
export interface SinglePage extends PageBase {
  column: { name: string; url: string };
  sideNav: NavItem[];
  article: ArticleView | null;
  /** Ways into the services the column fronts (领导信箱: 我要写信, 办理查询, 信件选登); often empty. */
  entries: EntryLink[];
}

export interface SitemapHtmlPage extends PageBase {
  tree: NavItem[];
}

/** 404 / 503 pages; `site` may be the platform pseudo-site for unknown hosts. */
export interface NoticePage extends PageBase {
  statusCode: number;
  heading: string;
  message: string;
}

/** A piece of plain text; `hit` pieces are the searched words, shown in <em>. */
export interface TextPiece {
  text: string;
  hit: boolean;
}

export interface SearchResultView {
  title: TextPiece[];
  /** Absolute URL of the article page (a group search links to other sites). */
  url: string;
  siteName: string;
  /** The other sites carrying it as an adopted copy (转载), joined by 、; '' when none. */
  carriedBy: string;
  /** `YYYY-MM-DD`. */
  date: string;
  snippet: TextPiece[];
}

/** The citizens' search page (served by apps/site, not generated). */
export interface SearchPage extends PageBase {
  /** The query as typed (plain text, escaped like every value). */
  query: string;
  groupScope: boolean;
  /** Shown above the results: no query, bad input, nothing found. Empty when there are results. */
  message: string;
  total: number;
  /** Shown with the results when the words are so common that only the newest documents were searched; else empty. */
  notice: string;
  results: SearchResultView[];
  pagination: PaginationView;
}

/** A tab of the 互动交流 pages: 我要写信, 我要找错, 办理查询, 信件选登. */
export interface InteractionTab {
  name: string;
  url: string;
  active: boolean;
}

/** A form field as the citizen typed it, and what is wrong with it ('' when nothing). */
export interface FormFieldView {
  value: string;
  error: string;
}

/** 领导信箱 or 我为政府网站找错: the citizen's form (served by apps/site, not generated). */
export interface InteractionFormPage extends PageBase {
  tabs: InteractionTab[];
  isMailbox: boolean;
  heading: string;
  /** Site-relative URL the form posts to. */
  action: string;
  fields: Record<'name' | 'phone' | 'email' | 'subject' | 'body' | 'errorType' | 'pageUrl', FormFieldView>;
  errorTypes: { value: string; selected: boolean }[];
  publicConsent: boolean;
  /** Shown above the form when a submission was refused (bad fields, too many letters). */
  message: string;
}

/** A letter as citizens may see it: the writer's name masked, no phone or e-mail. */
export interface PublicLetterView {
  kindName: string;
  subject: string;
  /** What the citizen wrote (named `text`, never `body`: `{{{body}}}` is the layout's trusted slot). */
  text: string;
  writer: string;
  /** `YYYY-MM-DD`. */
  date: string;
  statusName: string;
  reply: string;
  replyDate: string;
}

/** 办理查询: look a letter up by its query code. */
export interface InteractionQueryPage extends PageBase {
  tabs: InteractionTab[];
  code: string;
  /** The letter was just written: the page shows its code to keep. */
  justSubmitted: boolean;
  message: string;
  letter: PublicLetterView | null;
}

/** 信件选登: replied letters the site published with the writer's consent. */
export interface InteractionListPage extends PageBase {
  tabs: InteractionTab[];
  total: number;
  letters: PublicLetterView[];
  pagination: PaginationView;
}

export type PageType =
  | 'home'
  | 'list'
  | 'article'
  | 'single'
  | 'sitemap-html'
  | 'notice'
  | 'search'
  | 'interaction-form'
  | 'interaction-query'
  | 'interaction-list';
