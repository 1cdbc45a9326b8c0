import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One generated file of a site: what was written, so unchanged pages are not rewritten. */
@Entity('page_manifest')
export class PageManifestEntry {
  @PrimaryColumn({ name: 'site_id', unsigned: true })
  siteId: number;

  @PrimaryColumn({ name: 'page_key', length: 255 })
  pageKey: string;

  @Column({ length: 255 })
  path: string;

  /** SHA-1 of the bytes written. */
  @Column({ length: 40 })
  hash: string;

  @Column({ unsigned: true })
  bytes: number;

  @Column({ name: 'rendered_at', type: 'datetime', precision: 3 })
  renderedAt: Date;
}
