import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ColumnKind = 'list' | 'page' | 'link';

/** A column (栏目) of a site's tree. `path` is the slugs joined by `/`, the URL folder of its pages. */
@Entity('site_columns')
export class SiteColumn {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'parent_id', type: 'int', unsigned: true, nullable: true })
  parentId: number | null;

  @Column({ length: 50 })
  name: string;

  @Column({ length: 50 })
  slug: string;

  @Column({ length: 255 })
  path: string;

  @Column({ type: 'enum', enum: ['list', 'page', 'link'], default: 'list' })
  kind: ColumnKind;

  /** Part of the standard skeleton (统一栏目): cannot be deleted or moved. */
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Column({ default: 0 })
  sort: number;

  @Column({ length: 500, default: '' })
  description: string;

  @Column({ length: 200, default: '' })
  keywords: string;

  @Column({ name: 'link_url', length: 500, default: '' })
  linkUrl: string;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
