/** One demo article; `columnPath` is a column of the standard skeleton (e.g. `zwdt/gzdt`). */
export interface DemoArticle {
  columnPath: string;
  title: string;
  summary?: string;
  /** HTML: <p>, <h3>, <ul>/<li>, <table> only. */
  body: string;
  /** 来源, e.g. 示范县教育局. */
  source: string;
  author?: string;
  keywords?: string;
  /** 头条. */
  headline?: boolean;
  /** Published this many days before the seed runs. */
  daysAgo: number;
}

export interface DemoSite {
  code: string;
  name: string;
  kind: 'portal' | 'department' | 'township';
  category: '党群' | '政府';
  sponsor: string;
  organizer: string;
  contactPhone: string;
  contactAddress: string;
  idCode: string;
  icp: string;
  psb: string;
  featureText: string;
  admin: { username: string; displayName: string };
  aliases: string[];
  articles: DemoArticle[];
}
