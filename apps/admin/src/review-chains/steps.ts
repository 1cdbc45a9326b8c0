import type { components } from '../api/schema';

export type ReviewRole = components['schemas']['ReviewRole'];

/** The steps a chain may have, in their usual order, with the names staff know (libs/workflow step-names). */
export const STEP_NAMES: Record<ReviewRole, string> = {
  leader: '本单位领导审核',
  site_admin: '本单位管理员审核',
  portal_reviewer: '两办审核',
  security_reviewer: '保密审查',
};

export const REVIEW_ROLES = Object.keys(STEP_NAMES) as ReviewRole[];

/** A chain in words: its steps in order, or that a submission is published at once. */
export function chainText(steps: readonly ReviewRole[]): string {
  return steps.length ? steps.map((step) => STEP_NAMES[step]).join(' → ') : '无需审核,提交即发布';
}

/** Where the chain of a column comes from: its own, else its site's, else the platform default. */
export type ChainSource = 'column' | 'site' | 'platform';

export const SOURCE_NAMES: Record<ChainSource, string> = { column: '栏目单独设置', site: '本站设置', platform: '平台默认' };

export interface SiteChains {
  platform: ReviewRole[];
  site: ReviewRole[] | null;
  columns: { columnId: number; steps: ReviewRole[] }[];
}

/** The chain in force for a column, and where it comes from. */
export function effectiveChain(chains: SiteChains, columnId: number): { steps: ReviewRole[]; source: ChainSource } {
  const own = chains.columns.find((chain) => chain.columnId === columnId);
  if (own) return { steps: own.steps, source: 'column' };
  if (chains.site) return { steps: chains.site, source: 'site' };
  return { steps: chains.platform, source: 'platform' };
}
