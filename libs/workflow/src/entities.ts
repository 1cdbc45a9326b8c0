import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@zhanqun/auth';

/** Roles a review step may name (本单位领导, 两办, 保密 reviewers, or the site admin). */
export const REVIEW_ROLES = ['leader', 'site_admin', 'portal_reviewer', 'security_reviewer'] as const;
export type ReviewRole = (typeof REVIEW_ROLES)[number];

const json = { to: (value: unknown) => JSON.stringify(value), from: (value: string | null) => (value ? JSON.parse(value) : null) };

/** An ordered list of review steps: the platform default (no site), a site's, or a column's. */
@Entity('review_chains')
export class ReviewChain {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', type: 'int', unsigned: true, nullable: true })
  siteId: number | null;

  @Column({ name: 'column_id', type: 'int', unsigned: true, nullable: true })
  columnId: number | null;

  @Column({ type: 'text', transformer: json })
  steps: ReviewRole[];
}

export type TaskStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

/** One step of one submission; exactly one is pending while the article is in review. */
@Entity('review_tasks')
export class ReviewTask {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'article_id', unsigned: true })
  articleId: number;

  /** For an edit of a live article: the revision under review (null: the article itself). */
  @Column({ type: 'int', unsigned: true, nullable: true })
  revision: number | null;

  @Column({ name: 'step_no', type: 'tinyint', unsigned: true })
  stepNo: number;

  @Column({ name: 'step_count', type: 'tinyint', unsigned: true })
  stepCount: number;

  @Column({ type: 'varchar', length: 32 })
  role: Role;

  @Column({ type: 'enum', enum: ['pending', 'approved', 'rejected', 'withdrawn'], default: 'pending' })
  status: TaskStatus;

  @Column({ name: 'submitted_by', unsigned: true })
  submittedBy: number;

  @Column({ name: 'acted_by', type: 'int', unsigned: true, nullable: true })
  actedBy: number | null;

  @Column({ name: 'acted_at', type: 'datetime', precision: 3, nullable: true })
  actedAt: Date | null;

  @Column({ length: 1000, default: '' })
  comment: string;

  /** Warn-level sensitive words found at submission, shown to every reviewer. */
  @Column({ type: 'text', nullable: true, transformer: json })
  warnings: Record<string, unknown>[] | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}
