import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Marks the revisions autosave wrote: consecutive autosaves of one author fold into one revision. */
export class RevisionAutosave1764236000000 implements MigrationInterface {
  name = 'RevisionAutosave1764236000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE article_revisions ADD COLUMN autosave TINYINT(1) NOT NULL DEFAULT 0 AFTER attachment_ids');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE article_revisions DROP COLUMN autosave');
  }
}
