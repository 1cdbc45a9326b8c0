import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to an article, when, at which step, with what comment. */
@Entity('article_history')
export class ArticleHistoryEntry {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ name: 'article_id', unsigned: true })
  articleId: number;

  @Column({ length: 32 })
  action: string;

  @Column({ name: 'user_id', type: 'int', unsigned: true, nullable: true })
  userId: number | null;

  @Column({ type: 'tinyint', unsigned: true, nullable: true })
  step: number | null;

  @Column({ length: 1000, default: '' })
  comment: string;

  @Column({ type: 'datetime', precision: 3 })
  at: Date;
}
