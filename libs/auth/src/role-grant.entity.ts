import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from './roles';

@Entity('role_grants')
export class RoleGrant {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'user_id', unsigned: true })
  userId: number;

  /** Null for platform-wide roles. */
  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  @Column({ type: 'varchar', length: 32 })
  role: Role;
}
