import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One published article in the search index (written by SearchIndexer, queried by SearchService). */
@Entity('search_documents')
export class SearchDocument {
  @PrimaryColumn({ name: 'article_id', unsigned: true })
  articleId: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'column_id', unsigned: true })
  columnId: number;

  @Column({ name: 'published_at', type: 'datetime', precision: 3 })
  publishedAt: Date;

  @Column({ length: 200 })
  title: string;

  /** The body without tags, for snippets. */
  @Column({ name: 'body_text', type: 'mediumtext' })
  bodyText: string;

  /** Names of the attachments, one per line. */
  @Column({ name: 'attachment_names', length: 2000, default: '' })
  attachmentNames: string;

  /** Encoded words, space-separated and space-padded (see term-encoding.ts); FULLTEXT-indexed. */
  @Column({ type: 'mediumtext', charset: 'ascii', collation: 'ascii_bin', select: false })
  terms: string;
}
