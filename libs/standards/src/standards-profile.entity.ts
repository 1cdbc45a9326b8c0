import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { StandardsProfile } from './standards-profile';

/** One version of the group's standards profile (八统一); the highest version is in force. */
@Entity('standards_profiles')
export class StandardsProfileVersion {
  @PrimaryColumn({ unsigned: true })
  version: number;

  @Column({ type: 'longtext', transformer: { to: (v: StandardsProfile) => JSON.stringify(v), from: (v: string) => JSON.parse(v) } })
  profile: StandardsProfile;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy: number | null;

  @Column({ name: 'restored_from', type: 'int', unsigned: true, nullable: true })
  restoredFrom: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}
