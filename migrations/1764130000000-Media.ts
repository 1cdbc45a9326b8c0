import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploads, per-site storage quotas, which articles use which files, picture news and attachments. */
export class Media1764130000000 implements MigrationInterface {
  name = 'Media1764130000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE media_files (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      kind ENUM('image','attachment') NOT NULL,
      name VARCHAR(200) NOT NULL,
      ext VARCHAR(10) NOT NULL,
      mime VARCHAR(120) NOT NULL,
      bytes BIGINT UNSIGNED NOT NULL,
      sha256 CHAR(64) NOT NULL,
      public_path VARCHAR(80) NOT NULL,
      width INT UNSIGNED NULL,
      height INT UNSIGNED NULL,
      created_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_media_path (site_id, public_path),
      KEY idx_media_site_kind (site_id, kind, id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`CREATE TABLE media_quotas (
      site_id INT UNSIGNED NOT NULL PRIMARY KEY,
      quota_bytes BIGINT UNSIGNED NOT NULL
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    await db.query(`CREATE TABLE article_media (
      article_id INT UNSIGNED NOT NULL,
      media_id INT UNSIGNED NOT NULL,
      role ENUM('cover','attachment','inline') NOT NULL,
      site_id INT UNSIGNED NOT NULL,
      PRIMARY KEY (article_id, media_id, role),
      KEY idx_article_media_site_media (site_id, media_id)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
    for (const table of ['articles', 'article_revisions']) {
      await db.query(`ALTER TABLE ${table}
        ADD COLUMN cover_image_id INT UNSIGNED NULL,
        ADD COLUMN attachment_ids VARCHAR(500) NOT NULL DEFAULT ''`);
    }
    await db.query('ALTER TABLE articles ADD COLUMN picture_news TINYINT(1) NOT NULL DEFAULT 0 AFTER headline');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE articles DROP COLUMN picture_news');
    for (const table of ['articles', 'article_revisions']) {
      await db.query(`ALTER TABLE ${table} DROP COLUMN cover_image_id, DROP COLUMN attachment_ids`);
    }
    await db.query('DROP TABLE article_media');
    await db.query('DROP TABLE media_quotas');
    await db.query('DROP TABLE media_files');
  }
}
