import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which office (党群 or 政府) a portal-center reviewer belongs to. */
export class ReviewOffices1764120000000 implements MigrationInterface {
  name = 'ReviewOffices1764120000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query("ALTER TABLE users ADD COLUMN office ENUM('party','government') NULL AFTER display_name");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP COLUMN office');
  }
}
