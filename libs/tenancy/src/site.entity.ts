import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SiteKind = 'portal' | 'department' | 'township';
/** 党群 units' second review step goes to the party office, 政府 units' to the government office. */
export type SiteCategory = 'party' | 'government';
export type SiteStatus = 'active' | 'suspended';

@Entity('sites')
export class Site {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ length: 32 })
  code: string;

  @Column({ length: 100 })
  name: string;

  @Column({ type: 'enum', enum: ['portal', 'department', 'township'] })
  kind: SiteKind;

  @Column({ type: 'enum', enum: ['party', 'government'], default: 'government' })
  category: SiteCategory;

  @Column({ type: 'enum', enum: ['active', 'suspended'], default: 'active' })
  status: SiteStatus;

  @Column({ length: 100, default: '' })
  sponsor: string;

  @Column({ length: 100, default: '' })
  organizer: string;

  @Column({ name: 'contact_phone', length: 50, default: '' })
  contactPhone: string;

  @Column({ name: 'contact_address', length: 200, default: '' })
  contactAddress: string;

  @Column({ name: 'id_code', length: 10, default: '' })
  idCode: string;

  /** Organisation code (统一社会信用代码) that prefixes 索引号; the site code when empty. */
  @Column({ name: 'org_code', length: 32, default: '' })
  orgCode: string;

  @Column({ length: 50, default: '' })
  icp: string;

  @Column({ length: 50, default: '' })
  psb: string;

  @Column({ name: 'feature_text', length: 200, default: '' })
  featureText: string;

  /** The approved style variant (统一风格) the unit chose; '' or an unknown key: the profile's style. */
  @Column({ name: 'style_variant', length: 50, default: '' })
  styleVariant: string;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
