import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox: what must follow a committed change (render jobs, search index,
 * syndication to followers, timers) is written here in the change's own transaction and
 * delivered by the worker's relay, at least once. A row leaves the table once delivered.
 */
export class Outbox1764210000000 implements MigrationInterface {
  name = 'Outbox1764210000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE outbox_messages (
      id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      topic VARCHAR(64) NOT NULL,
      payload JSON NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      available_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      attempts INT NOT NULL DEFAULT 0,
      claimed_by CHAR(36) NULL,
      claimed_until DATETIME(3) NULL,
      last_error VARCHAR(1000) NULL,
      KEY idx_outbox_available (available_at, id),
      KEY idx_outbox_claim (claimed_by)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outbox_messages');
  }
}
