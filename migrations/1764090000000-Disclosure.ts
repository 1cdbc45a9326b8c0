import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Disclosure metadata (政府信息公开) of articles in 信息公开 columns, and the index-number serials. */
export class Disclosure1764090000000 implements MigrationInterface {
  name = 'Disclosure1764090000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sites ADD COLUMN org_code VARCHAR(32) NOT NULL DEFAULT '' AFTER id_code`);
    await db.query(`ALTER TABLE articles
      ADD COLUMN index_no VARCHAR(64) NULL AFTER keywords,
      ADD COLUMN issuer VARCHAR(100) NOT NULL DEFAULT '' AFTER index_no,
      ADD COLUMN written_on DATE NULL AFTER issuer,
      ADD COLUMN doc_no VARCHAR(64) NOT NULL DEFAULT '' AFTER written_on,
      ADD COLUMN topic VARCHAR(50) NOT NULL DEFAULT '' AFTER doc_no,
      ADD COLUMN validity ENUM('valid','revised','repealed') NOT NULL DEFAULT 'valid' AFTER topic,
      ADD UNIQUE KEY uq_articles_index_no (site_id, index_no)`);
    // One row per site and year; the counter only grows, so an index number is never reused.
    await db.query(`CREATE TABLE disclosure_serials (
      site_id INT UNSIGNED NOT NULL,
      year SMALLINT UNSIGNED NOT NULL,
      last_serial INT UNSIGNED NOT NULL,
      PRIMARY KEY (site_id, year),
      CONSTRAINT fk_disclosure_serials_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS disclosure_serials');
    await db.query(`ALTER TABLE articles DROP INDEX uq_articles_index_no, DROP COLUMN validity, DROP COLUMN topic,
      DROP COLUMN doc_no, DROP COLUMN written_on, DROP COLUMN issuer, DROP COLUMN index_no`);
    await db.query('ALTER TABLE sites DROP COLUMN org_code');
  }
}
