import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A host name of a site: exactly one primary per site, the rest are aliases that 301 to it. */
@Entity('site_domains')
export class SiteDomain {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ length: 253 })
  host: string;

  @Column({ name: 'is_primary', type: 'boolean', default: false })
  isPrimary: boolean;
}
