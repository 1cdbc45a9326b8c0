import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * One template of the group's theme in the database: platform level (`siteId` null) or a site's
 * override of it. Templates not stored fall back to the shipped theme in templates/default.
 */
@Entity('theme_templates')
export class ThemeTemplate {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  /** `layout`, `page.<type>` or `partial.<name>`. */
  @Column({ length: 60 })
  name: string;

  @Column({ type: 'mediumtext' })
  source: string;

  /** Bumped on every save, so compiled themes notice a change made in another process. */
  @Column({ unsigned: true, default: 1 })
  revision: number;

  @Column({ name: 'updated_by', type: 'int', unsigned: true, nullable: true })
  updatedBy: number | null;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
