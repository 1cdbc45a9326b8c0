import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The sensitive-word dictionary: the portal center's (site_id NULL) and each unit's own. */
export class SensitiveWords1764060000000 implements MigrationInterface {
  name = 'SensitiveWords1764060000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE sensitive_words (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NULL,
      word VARCHAR(100) NOT NULL,
      level ENUM('block','warn') NOT NULL,
      created_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      scope_key INT UNSIGNED AS (COALESCE(site_id, 0)) STORED,
      UNIQUE KEY uq_sensitive_words (scope_key, word),
      KEY ix_sensitive_words_site (site_id),
      CONSTRAINT fk_sensitive_words_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS sensitive_words');
  }
}
