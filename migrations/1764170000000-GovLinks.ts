import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 政府网站链接: higher-level and sibling government sites, shown on every page of the group. */
export class GovLinks1764170000000 implements MigrationInterface {
  name = 'GovLinks1764170000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE gov_links (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      name VARCHAR(100) NOT NULL,
      url VARCHAR(500) NOT NULL,
      link_group ENUM('higher','sibling') NOT NULL,
      sort INT NOT NULL DEFAULT 0,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      KEY ix_gov_links_order (link_group, sort, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS gov_links');
  }
}
