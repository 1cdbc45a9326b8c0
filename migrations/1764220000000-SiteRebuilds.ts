import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest full rebuild planned for each site. Rebuild runs of a site are serialized by
 * supersession: a chunk of an older run whose site has since been planned again by a newer full
 * run renders nothing (the newer run renders the same pages from newer data), so an older run can
 * never write back a page, or a path, from before the newer one.
 */
export class SiteRebuilds1764220000000 implements MigrationInterface {
  name = 'SiteRebuilds1764220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE site_rebuilds (
      site_id INT UNSIGNED NOT NULL PRIMARY KEY,
      run_id CHAR(36) NOT NULL,
      run_created_at DATETIME(3) NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE site_rebuilds');
  }
}
