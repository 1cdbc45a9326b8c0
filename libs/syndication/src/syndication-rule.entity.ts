import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A unit column whose every article going live is submitted to a portal column. */
@Entity('syndication_rules')
export class SyndicationRule {
  @PrimaryColumn({ name: 'column_id', unsigned: true })
  columnId: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'target_site_id', unsigned: true })
  targetSiteId: number;

  @Column({ name: 'target_column_id', unsigned: true })
  targetColumnId: number;

  @Column({ name: 'updated_by', type: 'int', unsigned: true, nullable: true })
  updatedBy: number | null;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
