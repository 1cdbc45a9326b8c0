import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An edit of a live article waits as a revision for review while the published version stays up. */
export class LiveEdits1764110000000 implements MigrationInterface {
  name = 'LiveEdits1764110000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE articles ADD COLUMN pending_revision INT UNSIGNED NULL AFTER validity');
    await db.query('ALTER TABLE review_tasks ADD COLUMN revision INT UNSIGNED NULL AFTER article_id');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE review_tasks DROP COLUMN revision');
    await db.query('ALTER TABLE articles DROP COLUMN pending_revision');
  }
}
