/** Roles of the security model (docs/architecture.md), granted per site (platform_admin platform-wide, siteId null). */
export const ROLES = [
  'platform_admin',
  'portal_reviewer',
  'security_reviewer',
  'site_admin',
  'editor',
  'leader',
  'letter_handler',
] as const;

export type Role = (typeof ROLES)[number];

/** Roles a site_admin may hand out on their own site (the portal-center roles are not theirs to give). */
export const SITE_ROLES: Role[] = ['site_admin', 'editor', 'leader', 'letter_handler'];
