import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One audited event. No foreign keys: the record must outlive the users and sites it names. */
@Entity('audit_log')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint', unsigned: true })
  id: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;

  @Column({ name: 'user_id', type: 'int', unsigned: true, nullable: true })
  userId: number | null;

  @Column({ length: 64, default: '' })
  username: string;

  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  /** e.g. `articles.submit`, `auth.login`, `auth.login.failed`. */
  @Column({ length: 64 })
  action: string;

  /** e.g. `article:12`. */
  @Column({ length: 128, default: '' })
  target: string;

  @Column({ length: 2000, default: '' })
  summary: string;

  @Column({ length: 45, default: '' })
  ip: string;

  @Column({ name: 'status_code', type: 'smallint', unsigned: true })
  statusCode: number;
}
