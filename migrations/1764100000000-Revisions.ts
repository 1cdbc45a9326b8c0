import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every save of an article keeps a revision. */
export class Revisions1764100000000 implements MigrationInterface {
  name = 'Revisions1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE article_revisions (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      article_id INT UNSIGNED NOT NULL,
      number INT UNSIGNED NOT NULL,
      column_id INT UNSIGNED NOT NULL,
      title VARCHAR(200) NOT NULL,
      summary VARCHAR(1000) NOT NULL DEFAULT '',
      body MEDIUMTEXT NOT NULL,
      source VARCHAR(100) NOT NULL DEFAULT '',
      author VARCHAR(100) NOT NULL DEFAULT '',
      keywords VARCHAR(200) NOT NULL DEFAULT '',
      created_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_article_revisions (article_id, number),
      KEY ix_article_revisions_site (site_id, article_id),
      CONSTRAINT fk_article_revisions_article FOREIGN KEY (article_id) REFERENCES articles (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS article_revisions');
  }
}
