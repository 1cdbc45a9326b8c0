import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 互动交流: citizens' letters to a site (领导信箱, 我为政府网站找错) and their replies. */
export class Letters1764180000000 implements MigrationInterface {
  name = 'Letters1764180000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE letters (
      id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
      site_id INT UNSIGNED NOT NULL,
      kind ENUM('mailbox','error_report') NOT NULL,
      query_code VARCHAR(16) NOT NULL,
      name VARCHAR(50) NOT NULL,
      phone VARCHAR(30) NOT NULL,
      email VARCHAR(100) NOT NULL,
      subject VARCHAR(100) NOT NULL,
      body TEXT NOT NULL,
      error_type VARCHAR(20) NOT NULL,
      page_url VARCHAR(500) NOT NULL,
      public_consent TINYINT(1) NOT NULL DEFAULT 0,
      status ENUM('received','replied') NOT NULL DEFAULT 'received',
      reply TEXT NULL,
      replied_by INT UNSIGNED NULL,
      replied_at DATETIME(3) NULL,
      published TINYINT(1) NOT NULL DEFAULT 0,
      ip VARCHAR(45) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      UNIQUE KEY uq_letters_query_code (query_code),
      KEY ix_letters_site_status (site_id, status, id),
      CONSTRAINT fk_letters_site FOREIGN KEY (site_id) REFERENCES sites (id) ON DELETE CASCADE
    ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE IF EXISTS letters');
  }
}
