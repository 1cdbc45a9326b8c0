import { ID_LIST } from './article.entity';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A snapshot of an article's editable content after one save; numbered 1, 2, ... per article. */
@Entity('article_revisions')
export class ArticleRevision {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'article_id', unsigned: true })
  articleId: number;

  @Column({ unsigned: true })
  number: number;

  @Column({ name: 'column_id', unsigned: true })
  columnId: number;

  @Column({ length: 200 })
  title: string;

  @Column({ length: 200, default: '' })
  subtitle: string;

  @Column({ length: 1000, default: '' })
  summary: string;

  @Column({ type: 'mediumtext' })
  body: string;

  @Column({ length: 100, default: '' })
  source: string;

  @Column({ length: 100, default: '' })
  author: string;

  @Column({ length: 200, default: '' })
  keywords: string;

  @Column({ name: 'cover_image_id', type: 'int', unsigned: true, nullable: true })
  coverImageId: number | null;

  @Column({ name: 'attachment_ids', type: 'varchar', length: 500, default: '', transformer: ID_LIST })
  attachmentIds: number[];

  /** Saved by the editor as typed: the same author's next autosaves soon after fold into it. */
  @Column({ type: 'boolean', default: false })
  autosave: boolean;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}
