import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who did what, where and when: every state-changing admin action and every login attempt. */
export class AuditLog1764070000000 implements MigrationInterface {
  name = 'AuditLog1764070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE audit_log (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      user_id INT UNSIGNED NULL,
      username VARCHAR(64) NOT NULL DEFAULT '',
      site_id INT UNSIGNED NULL,
      action VARCHAR(64) NOT NULL,
      target VARCHAR(128) NOT NULL DEFAULT '',
      summary VARCHAR(2000) NOT NULL DEFAULT '',
      ip VARCHAR(45) NOT NULL DEFAULT '',
      status_code SMALLINT UNSIGNED NOT NULL,
      KEY ix_audit_at (at),
      KEY ix_audit_site (site_id, at),
      KEY ix_audit_user (user_id, at),
      KEY ix_audit_action (action, at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS audit_log');
  }
}
