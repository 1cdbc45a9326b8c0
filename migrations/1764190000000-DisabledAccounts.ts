import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts an administrator has disabled (停用): no login, no refresh, no request. The role index
 * lets "is this the last active platform admin" lock only the platform admins' grants.
 */
export class DisabledAccounts1764190000000 implements MigrationInterface {
  name = 'DisabledAccounts1764190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users ADD COLUMN disabled TINYINT(1) NOT NULL DEFAULT 0 AFTER office');
    await db.query('ALTER TABLE role_grants ADD KEY ix_role_grants_role (role, site_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE role_grants DROP KEY ix_role_grants_role');
    await db.query('ALTER TABLE users DROP COLUMN disabled');
  }
}
