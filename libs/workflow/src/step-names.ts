import type { ReviewRole } from './entities';

/** The step names staff know (seed 000: 单位领导 → 两办 → 保密审查). */
export const STEP_NAMES: Record<ReviewRole, string> = {
  leader: '本单位领导审核',
  site_admin: '本单位管理员审核',
  portal_reviewer: '两办审核',
  security_reviewer: '保密审查',
};

/** The chain new sites start with when the portal center has set no default. */
export const DEFAULT_CHAIN: ReviewRole[] = ['leader', 'portal_reviewer', 'security_reviewer'];
