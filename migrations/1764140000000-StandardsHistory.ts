import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A profile version made by rollback names the version it restored; units pick a style variant. */
export class StandardsHistory1764140000000 implements MigrationInterface {
  name = 'StandardsHistory1764140000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE standards_profiles ADD COLUMN restored_from INT UNSIGNED NULL AFTER created_by');
    await db.query("ALTER TABLE sites ADD COLUMN style_variant VARCHAR(50) NOT NULL DEFAULT '' AFTER feature_text");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE sites DROP COLUMN style_variant');
    await db.query('ALTER TABLE standards_profiles DROP COLUMN restored_from');
  }
}
