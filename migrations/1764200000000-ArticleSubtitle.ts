import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 副标题: shown under the title; versioned like the title, so a live article's change waits for review. */
export class ArticleSubtitle1764200000000 implements MigrationInterface {
  name = 'ArticleSubtitle1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query("ALTER TABLE articles ADD COLUMN subtitle VARCHAR(200) NOT NULL DEFAULT '' AFTER title");
    await db.query("ALTER TABLE article_revisions ADD COLUMN subtitle VARCHAR(200) NOT NULL DEFAULT '' AFTER title");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE article_revisions DROP COLUMN subtitle');
    await db.query('ALTER TABLE articles DROP COLUMN subtitle');
  }
}
