import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MEDIA_ROLES = ['cover', 'attachment', 'inline'] as const;
export type MediaRole = (typeof MEDIA_ROLES)[number];

/**
 * Which files an article's current content uses: its cover, its attachments, and images or
 * links in its body. Derived on every save; the publisher publishes the files of live articles
 * from it, and a file still in use cannot be deleted.
 */
@Entity('article_media')
@Index(['siteId', 'mediaId'])
export class ArticleMedia {
  @PrimaryColumn({ name: 'article_id', unsigned: true })
  articleId: number;

  @PrimaryColumn({ name: 'media_id', unsigned: true })
  mediaId: number;

  @PrimaryColumn({ type: 'enum', enum: MEDIA_ROLES })
  role: MediaRole;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;
}
