import { leaders, paragraphs, serviceGuide } from './html';
import type { DemoArticle, DemoSite } from './types';

/** What differs between two units' demo sites; the structure of their content is the same. */
export interface UnitSpec {
  code: string;
  name: string;
  kind: 'department' | 'township';
  category: '党群' | '政府';
  idCode: string;
  phone: string;
  address: string;
  featureText: string;
  adminName: string;
  aliases?: string[];
  overview: string[];
  duties: string[];
  leaders: [string, string, string][];
  news: { title: string; paragraphs: string[]; headline?: boolean; daysAgo: number }[];
  notices: { title: string; paragraphs: string[]; daysAgo: number }[];
  policy: { title: string; number: string; paragraphs: string[]; daysAgo: number };
  guide: { title: string } & Parameters<typeof serviceGuide>[0];
}

export function unitSite(spec: UnitSpec): DemoSite {
  const source = spec.name;
  const articles: DemoArticle[] = [
    ...spec.news.map((item) => ({
      columnPath: 'zwdt/gzdt',
      title: item.title,
      body: paragraphs(...item.paragraphs),
      source,
      headline: item.headline,
      daysAgo: item.daysAgo,
    })),
    ...spec.notices.map((item) => ({
      columnPath: 'zwdt/tzgg',
      title: item.title,
      body: paragraphs(...item.paragraphs),
      source,
      daysAgo: item.daysAgo,
    })),
    {
      columnPath: 'xxgk/zcwj',
      title: spec.policy.title,
      summary: spec.policy.number,
      body: paragraphs(...spec.policy.paragraphs),
      source,
      daysAgo: spec.policy.daysAgo,
    },
    { columnPath: 'jggk/gkxx', title: `${spec.name}概况`, body: paragraphs(...spec.overview), source, daysAgo: 100 },
    { columnPath: 'jggk/jgzn', title: '主要职责', body: paragraphs(...spec.duties), source, daysAgo: 100 },
    { columnPath: 'jggk/ldxx', title: `${spec.name}领导班子`, body: leaders(spec.leaders), source, daysAgo: 95 },
    { columnPath: 'bsfw/bszn', title: spec.guide.title, body: serviceGuide(spec.guide), source, daysAgo: 45 },
  ];
  return {
    code: spec.code,
    name: spec.name,
    kind: spec.kind,
    category: spec.category,
    sponsor: spec.name,
    organizer: `${spec.name}办公室`,
    contactPhone: spec.phone,
    contactAddress: spec.address,
    idCode: spec.idCode,
    icp: '豫ICP备05012345号-1',
    psb: `豫公网安备 419001020${spec.idCode.slice(-5)}号`,
    featureText: spec.featureText,
    admin: { username: `${spec.code}_admin`, displayName: spec.adminName },
    aliases: spec.aliases ?? [],
    articles,
  };
}
