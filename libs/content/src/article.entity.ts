import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ARTICLE_STATUSES = ['draft', 'pending', 'rejected', 'scheduled', 'published', 'offline'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

@Entity('articles')
export class Article {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'column_id', unsigned: true })
  columnId: number;

  @Column({ length: 200 })
  title: string;

  @Column({ length: 1000, default: '' })
  summary: string;

  /** Sanitized HTML (allow-list applied on every save). */
  @Column({ type: 'mediumtext' })
  body: string;

  @Column({ length: 100, default: '' })
  source: string;

  @Column({ length: 100, default: '' })
  author: string;

  @Column({ length: 200, default: '' })
  keywords: string;

  @Column({ type: 'enum', enum: ARTICLE_STATUSES, default: 'draft' })
  status: ArticleStatus;

  @Column({ type: 'boolean', default: false })
  headline: boolean;

  @Column({ name: 'publish_at', type: 'datetime', precision: 3, nullable: true })
  publishAt: Date | null;

  @Column({ name: 'expire_at', type: 'datetime', precision: 3, nullable: true })
  expireAt: Date | null;

  @Column({ name: 'published_at', type: 'datetime', precision: 3, nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy: number | null;

  @Column({ name: 'updated_by', type: 'int', unsigned: true, nullable: true })
  updatedBy: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', precision: 3 })
  updatedAt: Date;
}
