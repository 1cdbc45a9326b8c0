import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 信息报送: submissions of unit articles to portal columns, automatic rules, the remuneration rates. */
export class Syndication1764150000000 implements MigrationInterface {
  name = 'Syndication1764150000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE articles ADD COLUMN source_url VARCHAR(500) NOT NULL DEFAULT ''`);
    await db.query(`CREATE TABLE syndications (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      source_site_id INT UNSIGNED NOT NULL,
      source_article_id INT UNSIGNED NOT NULL,
      target_site_id INT UNSIGNED NOT NULL,
      target_column_id INT UNSIGNED NOT NULL,
      status ENUM('submitted','adopted','declined') NOT NULL DEFAULT 'submitted',
      open_key VARCHAR(40) NULL,
      title VARCHAR(200) NOT NULL,
      source_url VARCHAR(500) NOT NULL DEFAULT '',
      automatic TINYINT(1) NOT NULL DEFAULT 0,
      submitted_by INT UNSIGNED NULL,
      submitted_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      mode ENUM('reference','copy') NULL,
      adopted_article_id INT UNSIGNED NULL,
      suspended TINYINT(1) NOT NULL DEFAULT 0,
      major TINYINT(1) NOT NULL DEFAULT 0,
      headline TINYINT(1) NOT NULL DEFAULT 0,
      picture_news TINYINT(1) NOT NULL DEFAULT 0,
      chars INT UNSIGNED NOT NULL DEFAULT 0,
      remuneration_fen INT UNSIGNED NOT NULL DEFAULT 0,
      decline_reason VARCHAR(500) NOT NULL DEFAULT '',
      decided_by INT UNSIGNED NULL,
      decided_at DATETIME(3) NULL,
      UNIQUE KEY uq_syndication_open (open_key),
      KEY idx_syndication_target (target_site_id, status, id),
      KEY idx_syndication_source (source_site_id, source_article_id),
      KEY idx_syndication_adopted (adopted_article_id),
      KEY idx_syndication_submitted (submitted_at)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`CREATE TABLE syndication_rules (
      column_id INT UNSIGNED NOT NULL PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      target_site_id INT UNSIGNED NOT NULL,
      target_column_id INT UNSIGNED NOT NULL,
      updated_by INT UNSIGNED NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      KEY idx_syndication_rules_site (site_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`CREATE TABLE syndication_rates (
      id TINYINT UNSIGNED NOT NULL PRIMARY KEY,
      chars_per_unit INT UNSIGNED NOT NULL,
      fen_per_unit INT UNSIGNED NOT NULL,
      headline_bonus_fen INT UNSIGNED NOT NULL,
      major_bonus_fen INT UNSIGNED NOT NULL,
      picture_bonus_fen INT UNSIGNED NOT NULL,
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    // The seeds' rates: ¥2 per 100 characters; ¥20 (the low end of the seeds' 20–100) per bonus.
    await db.query(`INSERT INTO syndication_rates VALUES (1, 100, 200, 2000, 2000, 2000, CURRENT_TIMESTAMP(3))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE syndication_rates');
    await db.query('DROP TABLE syndication_rules');
    await db.query('DROP TABLE syndications');
    await db.query('ALTER TABLE articles DROP COLUMN source_url');
  }
}
