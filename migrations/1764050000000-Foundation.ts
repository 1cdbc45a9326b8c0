import type { MigrationInterface, QueryRunner } from 'typeorm';

const TABLE = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';

/** Sites, accounts, columns, articles and the publishing bookkeeping of the foundation slice. */
export class Foundation1764050000000 implements MigrationInterface {
  name = 'Foundation1764050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE sites (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      code VARCHAR(32) NOT NULL,
      name VARCHAR(100) NOT NULL,
      kind ENUM('portal','department','township') NOT NULL,
      category ENUM('party','government') NOT NULL DEFAULT 'government',
      status ENUM('active','suspended') NOT NULL DEFAULT 'active',
      sponsor VARCHAR(100) NOT NULL DEFAULT '',
      organizer VARCHAR(100) NOT NULL DEFAULT '',
      contact_phone VARCHAR(50) NOT NULL DEFAULT '',
      contact_address VARCHAR(200) NOT NULL DEFAULT '',
      id_code VARCHAR(10) NOT NULL DEFAULT '',
      icp VARCHAR(50) NOT NULL DEFAULT '',
      psb VARCHAR(50) NOT NULL DEFAULT '',
      feature_text VARCHAR(200) NOT NULL DEFAULT '',
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_sites_code (code)
    ) ${TABLE}`);
    await db.query(`CREATE TABLE site_domains (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      host VARCHAR(253) NOT NULL,
      is_primary TINYINT(1) NOT NULL DEFAULT 0,
      UNIQUE KEY uq_site_domains_host (host),
      KEY ix_site_domains_site (site_id),
      CONSTRAINT fk_site_domains_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE users (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      username VARCHAR(64) NOT NULL,
      display_name VARCHAR(100) NOT NULL,
      password_hash VARCHAR(255) NOT NULL,
      must_change_password TINYINT(1) NOT NULL DEFAULT 1,
      failed_logins INT UNSIGNED NOT NULL DEFAULT 0,
      locked_until DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_users_username (username)
    ) ${TABLE}`);
    // site_id NULL: a platform-wide role (platform_admin).
    await db.query(`CREATE TABLE role_grants (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      user_id INT UNSIGNED NOT NULL,
      site_id INT UNSIGNED NULL,
      role VARCHAR(32) NOT NULL,
      scope_key INT UNSIGNED AS (COALESCE(site_id, 0)) STORED,
      UNIQUE KEY uq_role_grants (user_id, scope_key, role),
      KEY ix_role_grants_site (site_id),
      CONSTRAINT fk_role_grants_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE,
      CONSTRAINT fk_role_grants_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE refresh_tokens (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      user_id INT UNSIGNED NOT NULL,
      family_id CHAR(36) NOT NULL,
      token_hash CHAR(64) NOT NULL,
      expires_at DATETIME(3) NOT NULL,
      revoked_at DATETIME(3) NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_refresh_tokens_hash (token_hash),
      KEY ix_refresh_tokens_family (family_id),
      CONSTRAINT fk_refresh_tokens_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE site_columns (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      parent_id INT UNSIGNED NULL,
      name VARCHAR(50) NOT NULL,
      slug VARCHAR(50) NOT NULL,
      path VARCHAR(255) NOT NULL,
      kind ENUM('list','page','link') NOT NULL DEFAULT 'list',
      required TINYINT(1) NOT NULL DEFAULT 0,
      sort INT NOT NULL DEFAULT 0,
      description VARCHAR(500) NOT NULL DEFAULT '',
      keywords VARCHAR(200) NOT NULL DEFAULT '',
      link_url VARCHAR(500) NOT NULL DEFAULT '',
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_site_columns_path (site_id, path),
      KEY ix_site_columns_parent (site_id, parent_id),
      CONSTRAINT fk_site_columns_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
      CONSTRAINT fk_site_columns_parent FOREIGN KEY (parent_id) REFERENCES site_columns (id)
    ) ${TABLE}`);
    await db.query(`CREATE TABLE articles (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      column_id INT UNSIGNED NOT NULL,
      title VARCHAR(200) NOT NULL,
      summary VARCHAR(1000) NOT NULL DEFAULT '',
      body MEDIUMTEXT NOT NULL,
      source VARCHAR(100) NOT NULL DEFAULT '',
      author VARCHAR(100) NOT NULL DEFAULT '',
      keywords VARCHAR(200) NOT NULL DEFAULT '',
      status ENUM('draft','pending','rejected','scheduled','published','offline') NOT NULL DEFAULT 'draft',
      headline TINYINT(1) NOT NULL DEFAULT 0,
      publish_at DATETIME(3) NULL,
      expire_at DATETIME(3) NULL,
      published_at DATETIME(3) NULL,
      created_by INT UNSIGNED NULL,
      updated_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
      KEY ix_articles_list (site_id, column_id, status, published_at),
      KEY ix_articles_site_status (site_id, status, published_at),
      CONSTRAINT fk_articles_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE,
      CONSTRAINT fk_articles_column FOREIGN KEY (column_id) REFERENCES site_columns (id)
    ) ${TABLE}`);
    await db.query(`CREATE TABLE publish_runs (
      id CHAR(36) NOT NULL PRIMARY KEY,
      site_id INT UNSIGNED NULL,
      status ENUM('queued','running','done','failed') NOT NULL DEFAULT 'queued',
      total INT UNSIGNED NOT NULL DEFAULT 0,
      done INT UNSIGNED NOT NULL DEFAULT 0,
      failed INT UNSIGNED NOT NULL DEFAULT 0,
      chunks INT UNSIGNED NOT NULL DEFAULT 0,
      chunks_done INT UNSIGNED NOT NULL DEFAULT 0,
      requested_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      finished_at DATETIME(3) NULL,
      KEY ix_publish_runs_site (site_id, created_at)
    ) ${TABLE}`);
    // One row per finished chunk of a run: INSERT IGNORE makes a re-run chunk count once.
    await db.query(`CREATE TABLE publish_run_chunks (
      run_id CHAR(36) NOT NULL,
      chunk_no INT UNSIGNED NOT NULL,
      done INT UNSIGNED NOT NULL,
      failed INT UNSIGNED NOT NULL,
      PRIMARY KEY (run_id, chunk_no),
      CONSTRAINT fk_publish_run_chunks_run FOREIGN KEY (run_id) REFERENCES publish_runs (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE page_manifest (
      site_id INT UNSIGNED NOT NULL,
      page_key VARCHAR(255) NOT NULL,
      path VARCHAR(255) NOT NULL,
      hash CHAR(40) NOT NULL,
      bytes INT UNSIGNED NOT NULL,
      rendered_at DATETIME(3) NOT NULL,
      PRIMARY KEY (site_id, page_key),
      CONSTRAINT fk_page_manifest_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ${TABLE}`);
    await db.query(`CREATE TABLE standards_profiles (
      version INT UNSIGNED NOT NULL PRIMARY KEY,
      profile LONGTEXT NOT NULL,
      created_by INT UNSIGNED NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
    ) ${TABLE}`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'standards_profiles',
      'page_manifest',
      'publish_run_chunks',
      'publish_runs',
      'articles',
      'site_columns',
      'refresh_tokens',
      'role_grants',
      'users',
      'site_domains',
      'sites',
    ]) {
      await db.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
