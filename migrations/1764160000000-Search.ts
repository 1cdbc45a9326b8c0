import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The search index of published articles. `terms` holds the segmented words, each encoded as one
 * latin token (see libs/search/src/term-encoding.ts), so the default FULLTEXT parser of MySQL 8
 * and MariaDB indexes every word whatever its length, with no stopword ever matching.
 */
export class Search1764160000000 implements MigrationInterface {
  name = 'Search1764160000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE search_documents (
      article_id INT UNSIGNED NOT NULL PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      column_id INT UNSIGNED NOT NULL,
      published_at DATETIME(3) NOT NULL,
      title VARCHAR(200) NOT NULL,
      body_text MEDIUMTEXT NOT NULL,
      attachment_names VARCHAR(2000) NOT NULL DEFAULT '',
      terms MEDIUMTEXT NOT NULL,
      KEY idx_search_site_published (site_id, published_at),
      KEY idx_search_published (published_at),
      FULLTEXT KEY ft_search_terms (terms)
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE search_documents');
  }
}
