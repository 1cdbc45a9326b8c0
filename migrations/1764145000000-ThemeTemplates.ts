import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The theme's templates in the database: the platform's, and each site's overrides. */
export class ThemeTemplates1764145000000 implements MigrationInterface {
  name = 'ThemeTemplates1764145000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE theme_templates (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NULL,
      scope_id INT UNSIGNED AS (COALESCE(site_id, 0)) STORED,
      name VARCHAR(60) NOT NULL,
      source MEDIUMTEXT NOT NULL,
      revision INT UNSIGNED NOT NULL DEFAULT 1,
      updated_by INT UNSIGNED NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_theme_template (scope_id, name),
      KEY idx_theme_template_site (site_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE theme_templates');
  }
}
