import type { StyleTokens } from '@zhanqun/templating';

/** A column of the standard skeleton (统一栏目) created for every new site of a kind. */
export interface SkeletonColumn {
  name: string;
  slug: string;
  kind: 'list' | 'page' | 'link';
  description?: string;
  children?: SkeletonColumn[];
}

/** The group's standards profile (八统一, DESIGN.md §2). Versioned in `standards_profiles`. */
export interface StandardsProfile {
  /** The portal's name shown in every identity header (统一标识). */
  portalName: string;
  style: StyleTokens;
  skeleton: Record<'portal' | 'department' | 'township', SkeletonColumn[]>;
  footer: {
    /** 党政机关标识 link target. */
    conacUrl: string;
    /** Path on the portal of the group-wide error report entry (我为政府网站找错). */
    errorReportPath: string;
  };
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
  style: {
    primaryColor: '#b5121b',
    accentColor: '#1f4e8c',
    textColor: '#222222',
    fontFamily: 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, sans-serif',
    baseFontSize: 16,
  },
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
    errorReportPath: '/hdjl/zxts/index.html',
  },
  allowedDomainSuffixes: ['.gov.cn', '.政务', '.localhost', '.test'],
};
