import type { FormRule } from 'antd';
import type { Role } from '../auth/session';
import type { Office } from './queries';

export const OFFICE_NAMES: Record<Office, string> = { party: '党群', government: '政府' };
export const OFFICE_OPTIONS = (Object.keys(OFFICE_NAMES) as Office[]).map((office) => ({
  value: office,
  label: `${OFFICE_NAMES[office]}(两办审核分工)`,
}));

/** Roles a site_admin may hand out on their own site (libs/auth SITE_ROLES). */
export const SITE_ROLES: Role[] = ['site_admin', 'editor', 'leader', 'letter_handler'];

/** Roles only the portal center grants: platform-wide, or the reviewers' reach on a site. */
export const PORTAL_ROLES: Role[] = ['platform_admin', 'portal_reviewer', 'security_reviewer'];

/** An account name as the API takes it (libs/auth). */
export const USERNAME_RULES: FormRule[] = [
  { required: true, message: '请输入用户名' },
  { pattern: /^[a-z0-9][a-z0-9_.-]{1,63}$/, message: '须为 2–64 位小写字母、数字或 _ . -' },
];
