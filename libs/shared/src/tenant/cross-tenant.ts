/**
 * The named exceptions to tenant scoping: the only places where code may read or write rows of
 * more than one site, each with the reason it must. `Database.crossTenant(reason)` demands one of
 * these names, and `test/tenant-scope.test.ts` fails when a tenant-owned entity is queried any
 * other way, so every cross-site access is listed here and reviewable in one file.
 */
export const CROSS_TENANT_REASONS = {
  /** Portal-center reviewers (两办, 保密) act on tasks of every site; the inbox filters by grant. */
  reviewInbox: 'review tasks across the sites a reviewer reaches',
  /** 信息报送: a unit submits to the portal, which adopts into its own columns. */
  syndication: 'submissions and adopted copies between a source site and the portal',
  /** Citizens search the whole group; only published articles are indexed. */
  groupSearch: 'the group-wide search index of published articles',
  /** The worker plans and renders pages of the site a job names, and rebuilds the whole group. */
  publishing: 'render jobs, rebuild planning and timers, each for the site its payload names',
  /** Opening a site creates its first rows before any tenant context exists for it. */
  provisioning: 'the skeleton columns of a new site, or of every site after a standards change',
  /** The portal center oversees the group: statistics, audit log, the platform dictionary. */
  portalCenter: 'group-wide oversight of the portal center (platform admins only)',
  /** Accounts and grants are platform-wide; a site admin sees the grants of their own site. */
  accounts: 'users and their role grants across sites',
  /** A host belongs to one site only: checking a new host, and listing sites with their domains, span sites. */
  domains: 'the domains of every site: host uniqueness and site lists',
  /** Media files copied from a source site to the portal on adoption. */
  mediaCopies: 'files copied between sites when an article is adopted',
} as const;

export type CrossTenantReason = keyof typeof CROSS_TENANT_REASONS;
