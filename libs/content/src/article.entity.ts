import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const ARTICLE_STATUSES = ['draft', 'pending', 'rejected', 'scheduled', 'published', 'offline'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

/** Stores a list of ids as `1,2,3` (portable across MySQL and MariaDB, unlike JSON). */
export const ID_LIST = {
  to: (ids: number[] | undefined) => (ids === undefined ? undefined : ids.join(',')),
  // TypeORM also passes values it already holds (after an insert) through `from`.
  from: (raw: string | number[] | null) => (Array.isArray(raw) ? raw : raw ? raw.split(',').map(Number) : []),
};

export const VALIDITIES = ['valid', 'revised', 'repealed'] as const;
export type Validity = (typeof VALIDITIES)[number];

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

  /** 副标题, shown under the title (may be empty). */
  @Column({ length: 200, default: '' })
  subtitle: string;

  @Column({ length: 1000, default: '' })
  summary: string;

  /** Sanitized HTML (allow-list applied on every save). */
  @Column({ type: 'mediumtext' })
  body: string;

  @Column({ length: 100, default: '' })
  source: string;

  /** Where an article taken over from another site (信息报送) came from: its page there. */
  @Column({ name: 'source_url', length: 500, default: '' })
  sourceUrl: string;

  @Column({ length: 100, default: '' })
  author: string;

  @Column({ length: 200, default: '' })
  keywords: string;

  /** 索引号 `<unit code>/<year>-<serial>`, assigned at first publication in a 信息公开 column; never reused. */
  @Column({ name: 'index_no', type: 'varchar', length: 64, nullable: true })
  indexNo: string | null;

  /** 发布机构. */
  @Column({ length: 100, default: '' })
  issuer: string;

  /** 成文日期 (YYYY-MM-DD). */
  @Column({ name: 'written_on', type: 'date', nullable: true })
  writtenOn: string | null;

  /** 文号, e.g. 示政办〔2026〕12号. */
  @Column({ name: 'doc_no', length: 64, default: '' })
  docNo: string;

  /** 主题分类. */
  @Column({ length: 50, default: '' })
  topic: string;

  /** 有效性: 有效 / 已修订 / 已废止. */
  @Column({ type: 'enum', enum: VALIDITIES, default: 'valid' })
  validity: Validity;

  /** A live article's edit awaiting review (a revision number); the published content stays up. */
  @Column({ name: 'pending_revision', type: 'int', unsigned: true, nullable: true })
  pendingRevision: number | null;

  @Column({ type: 'enum', enum: ARTICLE_STATUSES, default: 'draft' })
  status: ArticleStatus;

  @Column({ type: 'boolean', default: false })
  headline: boolean;

  /** 图片新闻: shown with its cover image in the home page's picture-news block. */
  @Column({ name: 'picture_news', type: 'boolean', default: false })
  pictureNews: boolean;

  /** An image of the site's media library (required for picture news). */
  @Column({ name: 'cover_image_id', type: 'int', unsigned: true, nullable: true })
  coverImageId: number | null;

  /** Media ids listed as attachments under the body, in this order. */
  @Column({ name: 'attachment_ids', type: 'varchar', length: 500, default: '', transformer: ID_LIST })
  attachmentIds: number[];

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
