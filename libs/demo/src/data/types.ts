/** One demo article; `columnPath` is a column of the standard skeleton (e.g. `zwdt/gzdt`). */
export interface DemoArticle {
  columnPath: string;
  title: string;
  summary?: string;
  /** HTML: <p>, <h3>, <ul><li>, <table> only. */
  body: string;
  /** 来源, e.g. 示范县教育局. */
  source: string;
  author?: string;
  keywords?: string;
  /** 头条. */
  headline?: boolean;
  /** Published this many days before the seed runs, 0-120. */
  daysAgo: number;
}

/** One site of the demo group, with its footer identification and its articles. */
export interface DemoSite {
  code: string;
  name: string;
  kind: 'portal' | 'department' | 'township';
  category: '党群' | '政府';
  /** 主办单位. */
  sponsor: string;
  /** 承办单位. */
  organizer: string;
  contactPhone: string;
  contactAddress: string;
  /** 政府网站标识码, 10 digits, e.g. 4190010001. */
  idCode: string;
  /** e.g. 豫ICP备05012345号-1. */
  icp: string;
  /** e.g. 豫公网安备 41900102000101号. */
  psb: string;
  /** 本单位特色, one line. */
  featureText: string;
  admin: { username: string; displayName: string };
  /** Legacy hosts, may be empty. */
  aliases: string[];
  articles: DemoArticle[];
}
