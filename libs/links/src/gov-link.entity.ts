import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const GOV_LINK_GROUPS = ['higher', 'sibling'] as const;
export type GovLinkGroup = (typeof GOV_LINK_GROUPS)[number];

/** A site in the 政府网站链接 block every page shows; kept by the portal center, not per site. */
@Entity('gov_links')
export class GovLink {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ length: 100 })
  name: string;

  @Column({ length: 500 })
  url: string;

  /** `group` is a reserved word in SQL. */
  @Column({ name: 'link_group', type: 'enum', enum: GOV_LINK_GROUPS })
  group: GovLinkGroup;

  @Column({ type: 'int', default: 0 })
  sort: number;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
