import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Review chains (platform default, per site, per column), review tasks and article history. */
export class ReviewWorkflow1764080000000 implements MigrationInterface {
  name = 'ReviewWorkflow1764080000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE review_chains (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NULL,
      column_id INT UNSIGNED NULL,
      steps TEXT NOT NULL,
      site_key INT UNSIGNED AS (COALESCE(site_id, 0)) STORED,
      column_key INT UNSIGNED AS (COALESCE(column_id, 0)) STORED,
      UNIQUE KEY uq_review_chains_scope (site_key, column_key),
      CONSTRAINT fk_review_chains_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
      CONSTRAINT fk_review_chains_column FOREIGN KEY (column_id) REFERENCES site_columns (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE review_tasks (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      article_id INT UNSIGNED NOT NULL,
      step_no TINYINT UNSIGNED NOT NULL,
      step_count TINYINT UNSIGNED NOT NULL,
      role VARCHAR(32) NOT NULL,
      status ENUM('pending','approved','rejected','withdrawn') NOT NULL DEFAULT 'pending',
      submitted_by INT UNSIGNED NOT NULL,
      acted_by INT UNSIGNED NULL,
      acted_at DATETIME(3) NULL,
      comment VARCHAR(1000) NOT NULL DEFAULT '',
      warnings TEXT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      KEY ix_review_tasks_inbox (status, site_id, role),
      KEY ix_review_tasks_article (article_id),
      CONSTRAINT fk_review_tasks_article FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE article_history (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      article_id INT UNSIGNED NOT NULL,
      action VARCHAR(32) NOT NULL,
      user_id INT UNSIGNED NULL,
      step TINYINT UNSIGNED NULL,
      comment VARCHAR(1000) NOT NULL DEFAULT '',
      at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      KEY ix_article_history (site_id, article_id, at),
      CONSTRAINT fk_article_history_article FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
    ) ${TABLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['article_history', 'review_tasks', 'review_chains']) await db.query(`DROP TABLE IF EXISTS ${table}`);
  }
}
