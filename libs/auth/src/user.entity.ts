import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ length: 64 })
  username: string;

  @Column({ name: 'display_name', length: 100 })
  displayName: string;

  /** For portal-center reviewers: the office whose sites they review (党群 party / 政府 government). */
  @Column({ type: 'enum', enum: ['party', 'government'], nullable: true })
  office: 'party' | 'government' | null;

  /** 停用: no login, no refresh and no request until an administrator enables the account again. */
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Column({ name: 'password_hash', length: 255, select: false })
  passwordHash: string;

  @Column({ name: 'must_change_password', type: 'boolean', default: true })
  mustChangePassword: boolean;

  @Column({ name: 'failed_logins', unsigned: true, default: 0 })
  failedLogins: number;

  @Column({ name: 'locked_until', type: 'datetime', precision: 3, nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
