import type { DataSource } from 'typeorm';
import { grantsOf, type World } from './world';
import type { TestStack } from '../support/stack';

/**
 * Puts the world back after an accepted request changed who may do what: the fixture accounts'
 * grants and enabled state, and the sites' status. Granting A's editor a role on B, or disabling
 * A's leader, is a legitimate action of a platform admin, but would make later requests of those
 * roles meaningless (or a "leak" that is none). Returns what it repaired, for the report.
 */
export class WorldGuard {
  private readonly dataSource: DataSource;
  private readonly accountIds: number[];
  private readonly siteIds: number[];

  constructor(
    private readonly stack: TestStack,
    private readonly world: World,
  ) {
    this.dataSource = stack.infrastructure.dataSource;
    this.accountIds = [...new Set([...world.a.users, ...world.b.users, ...world.portal.users, world.accounts.platform_admin.id])];
    this.siteIds = [world.a.site, world.b.site, world.portal.site];
  }

  /**
   * Returns what was repaired, and the grants of accounts outside site A that had changed: no
   * request of A's staff or of the reviewers may touch those.
   */
  async restore(): Promise<{ repaired: string[]; foreignGrants: string[] }> {
    const repaired: string[] = [];
    const seeded = new Set(this.world.grants);
    const grants = new Set(await grantsOf(this.stack));
    const ofFixtures = (grant: string) => this.accountIds.includes(Number(grant.split(':')[0]));
    const extra = [...grants].filter((grant) => ofFixtures(grant) && !seeded.has(grant));
    const missing = [...seeded].filter((grant) => !grants.has(grant));
    for (const grant of extra) {
      const [userId, siteId, role] = grant.split(':');
      await this.dataSource.query('DELETE FROM role_grants WHERE user_id = ? AND site_id <=> ? AND role = ?', [
        userId,
        siteId === 'null' ? null : siteId,
        role,
      ]);
    }
    for (const grant of missing) {
      const [userId, siteId, role] = grant.split(':');
      await this.dataSource.query('INSERT INTO role_grants (user_id, site_id, role) VALUES (?, ?, ?)', [
        userId,
        siteId === 'null' ? null : siteId,
        role,
      ]);
    }
    if (extra.length || missing.length) repaired.push('grants');
    const enabled = await this.dataSource.query(`UPDATE users SET disabled = 0 WHERE disabled = 1 AND id IN (?)`, [this.accountIds]);
    if (enabled.affectedRows) repaired.push('accounts');
    const resumed = await this.dataSource.query(`UPDATE sites SET status = 'active' WHERE status <> 'active' AND id IN (?)`, [
      this.siteIds,
    ]);
    if (resumed.affectedRows) repaired.push('sites');
    const foreignGrants = [...extra, ...missing].filter((grant) => !this.world.a.users.includes(Number(grant.split(':')[0])));
    return { repaired, foreignGrants };
  }
}
