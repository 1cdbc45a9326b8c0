import type { StyleTokens } from '@zhanqun/templating';

/** A column of the standard skeleton (统一栏目) created for every new site of a kind. */
export interface SkeletonColumn {
  name: string;
  slug: string;
  kind: 'list' | 'page' | 'link';
  description?: string;
  children?: SkeletonColumn[];
}

/** Footer identification items (统一页脚), valued from each site's record. */
export const FOOTER_ITEMS = ['sponsor', 'organizer', 'contactPhone', 'contactAddress', 'idCode', 'icp', 'psb'] as const;
export type FooterItem = (typeof FOOTER_ITEMS)[number];
export const FOOTER_ITEM_NAMES: Record<FooterItem, string> = {
  sponsor: '主办单位',
  organizer: '承办单位',
  contactPhone: '联系电话',
  contactAddress: '地址',
  idCode: '网站标识码',
  icp: 'ICP备案号',
  psb: '公安机关备案号',
};
/** What every government site footer must show (国办 website guideline): 主办单位, 标识码, ICP and 公安备案. */
export const REQUIRED_FOOTER_ITEMS: readonly FooterItem[] = ['sponsor', 'idCode', 'icp', 'psb'];

/** How deep a site's column tree may go, skeleton and units' own columns alike (paths are VARCHAR(255)). */
export const COLUMN_MAX_DEPTH = 4;
export const COLUMN_PATH_MAX_LENGTH = 255;

/** A colour scheme the portal center approves; a unit picks one for its site (统一风格). */
export interface StyleVariant {
  key: string;
  name: string;
  primaryColor: string;
  accentColor: string;
  linkColor?: string;
}

/** Tools of the service bar (统一服务); accessibility and elder mode are always on. */
export interface ServiceBar {
  print: boolean;
  mailbox: boolean;
  errorReport: boolean;
  sitemap: boolean;
}

/** The group's standards profile (八统一, docs/architecture.md). Versioned in `standards_profiles`. */
export interface StandardsProfile {
  /** The portal's name shown in every identity header (统一标识). */
  portalName: string;
  identity: {
    /** Show the national emblem beside the portal name. */
    showEmblem: boolean;
  };
  style: StyleTokens;
  /** Approved variants units may choose from (a site without a choice uses `style`). */
  styleVariants: StyleVariant[];
  skeleton: Record<'portal' | 'department' | 'township', SkeletonColumn[]>;
  footer: {
    /** 党政机关标识 link target. */
    conacUrl: string;
    /** Path on the portal of the group-wide error report entry (我为政府网站找错). */
    errorReportPath: string;
    /** Rows of footer items, in order: the locked layout every site shows. */
    layout: FooterItem[][];
    /**
     * Values for sites whose record leaves an item empty: sub-domains share the portal's
     * ICP and 公安 filings, and the portal center is often the 主办单位.
     */
    defaults: Partial<Record<FooterItem, string>>;
  };
  metadata: {
    /** Length of the generated `Description` of an article without a summary. */
    descriptionChars: number;
    /** Extra meta tags every page carries, e.g. a monitoring tag of the provincial office. */
    extra: { name: string; content: string }[];
  };
  serviceBar: ServiceBar;
  /** Suffixes a site domain may end with (统一域名). */
  allowedDomainSuffixes: string[];
}

const ORG: SkeletonColumn = {
  name: '机构概况',
  slug: 'jggk',
  kind: 'list',
  children: [
    { name: '概况信息', slug: 'gkxx', kind: 'page' },
    { name: '机构职能', slug: 'jgzn', kind: 'page' },
    { name: '领导信息', slug: 'ldxx', kind: 'list' },
  ],
};

const DISCLOSURE: SkeletonColumn = {
  name: '信息公开',
  slug: 'xxgk',
  kind: 'list',
  children: [
    { name: '政策文件', slug: 'zcwj', kind: 'list' },
    { name: '公开目录', slug: 'gkml', kind: 'list' },
    { name: '依申请公开', slug: 'ysqgk', kind: 'page' },
    { name: '年度报告', slug: 'ndbg', kind: 'list' },
  ],
};

const SERVICES: SkeletonColumn = {
  name: '办事服务',
  slug: 'bsfw',
  kind: 'list',
  children: [
    { name: '办事指南', slug: 'bszn', kind: 'list' },
    { name: '表格下载', slug: 'bgxz', kind: 'list' },
  ],
};

const INTERACTION: SkeletonColumn = {
  name: '互动交流',
  slug: 'hdjl',
  kind: 'list',
  children: [
    { name: '领导信箱', slug: 'ldxj', kind: 'page' },
    { name: '咨询投诉', slug: 'zxts', kind: 'page' },
    { name: '在线访谈', slug: 'zxft', kind: 'list' },
    { name: '调查征集', slug: 'dczj', kind: 'list' },
  ],
};

function news(children: [string, string][]): SkeletonColumn {
  return {
    name: '政务动态',
    slug: 'zwdt',
    kind: 'list',
    children: children.map(([name, slug]) => ({ name, slug, kind: 'list' as const })),
  };
}

export const DEFAULT_PROFILE: StandardsProfile = {
  portalName: '示范县人民政府',
  identity: { showEmblem: true },
  style: {
    primaryColor: '#b5121b',
    accentColor: '#1f4e8c',
    textColor: '#222222',
    fontFamily: 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif',
    baseFontSize: 16,
  },
  styleVariants: [
    { key: 'red', name: '中国红', primaryColor: '#b5121b', accentColor: '#1f4e8c' },
    { key: 'blue', name: '政务蓝', primaryColor: '#1f4e8c', accentColor: '#b5121b' },
    { key: 'green', name: '生态绿', primaryColor: '#1e6b3a', accentColor: '#b5121b' },
  ],
  skeleton: {
    portal: [
      news([
        ['政务要闻', 'zwyw'],
        ['部门动态', 'bmdt'],
        ['乡镇动态', 'xzdt'],
        ['通知公告', 'tzgg'],
      ]),
      ORG,
      DISCLOSURE,
      SERVICES,
      INTERACTION,
    ],
    department: [
      news([
        ['工作动态', 'gzdt'],
        ['通知公告', 'tzgg'],
      ]),
      ORG,
      DISCLOSURE,
      SERVICES,
      INTERACTION,
    ],
    township: [
      news([
        ['工作动态', 'gzdt'],
        ['通知公告', 'tzgg'],
      ]),
      ORG,
      DISCLOSURE,
      SERVICES,
      INTERACTION,
    ],
  },
  footer: {
    conacUrl: 'https://bszs.conac.cn/',
    errorReportPath: '/interaction/error-report',
    layout: [
      ['sponsor', 'organizer'],
      ['contactPhone', 'contactAddress'],
      ['idCode', 'icp', 'psb'],
    ],
    defaults: {},
  },
  metadata: { descriptionChars: 120, extra: [] },
  serviceBar: { print: true, mailbox: true, errorReport: true, sitemap: true },
  allowedDomainSuffixes: ['.gov.cn', '.政务', '.localhost', '.test'],
};

/**
 * A stored profile completed with the defaults of parts it predates (versions saved before a
 * part existed stay readable and renderable).
 */
export function completeProfile(stored: Partial<StandardsProfile>): StandardsProfile {
  return {
    ...DEFAULT_PROFILE,
    ...stored,
    identity: { ...DEFAULT_PROFILE.identity, ...stored.identity },
    footer: { ...DEFAULT_PROFILE.footer, ...stored.footer },
    metadata: { ...DEFAULT_PROFILE.metadata, ...stored.metadata },
    serviceBar: { ...DEFAULT_PROFILE.serviceBar, ...stored.serviceBar },
  };
}
