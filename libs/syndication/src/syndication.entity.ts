import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SYNDICATION_STATUSES = ['submitted', 'adopted', 'declined'] as const;
export type SyndicationStatus = (typeof SYNDICATION_STATUSES)[number];

export const ADOPTION_MODES = ['reference', 'copy'] as const;
export type AdoptionMode = (typeof ADOPTION_MODES)[number];

/** A unit's article submitted to a portal column (信息报送), and the portal's decision on it. */
@Entity('syndications')
export class Syndication {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'source_site_id', unsigned: true })
  sourceSiteId: number;

  @Column({ name: 'source_article_id', unsigned: true })
  sourceArticleId: number;

  @Column({ name: 'target_site_id', unsigned: true })
  targetSiteId: number;

  @Column({ name: 'target_column_id', unsigned: true })
  targetColumnId: number;

  @Column({ type: 'enum', enum: SYNDICATION_STATUSES, default: 'submitted' })
  status: SyndicationStatus;

  /**
   * `<article>:<column>` while submitted or adopted, null once declined: a unique key, so the
   * same article cannot be pending or adopted twice in one column, even under concurrent requests.
   */
  @Column({ name: 'open_key', type: 'varchar', length: 40, nullable: true })
  openKey: string | null;

  /** The title and page when submitted, for the portal's queue. */
  @Column({ length: 200 })
  title: string;

  @Column({ name: 'source_url', length: 500, default: '' })
  sourceUrl: string;

  /** Created by a column's submission rule rather than by hand. */
  @Column({ type: 'boolean', default: false })
  automatic: boolean;

  @Column({ name: 'submitted_by', type: 'int', unsigned: true, nullable: true })
  submittedBy: number | null;

  @Column({ name: 'submitted_at', type: 'datetime', precision: 3 })
  submittedAt: Date;

  @Column({ type: 'enum', enum: ADOPTION_MODES, nullable: true })
  mode: AdoptionMode | null;

  @Column({ name: 'adopted_article_id', type: 'int', unsigned: true, nullable: true })
  adoptedArticleId: number | null;

  /** A reference taken offline because its source was withdrawn; it returns with the source. */
  @Column({ type: 'boolean', default: false })
  suspended: boolean;

  /** 重大新闻, set by the portal when adopting. */
  @Column({ type: 'boolean', default: false })
  major: boolean;

  /** 头条 on the portal. */
  @Column({ type: 'boolean', default: false })
  headline: boolean;

  /** 图片新闻 (the source article's flag). */
  @Column({ name: 'picture_news', type: 'boolean', default: false })
  pictureNews: boolean;

  /** Body text length at adoption, the basis of the remuneration. */
  @Column({ unsigned: true, default: 0 })
  chars: number;

  /** Settled at adoption (当次结算) at the rates then in force, in fen (分). */
  @Column({ name: 'remuneration_fen', unsigned: true, default: 0 })
  remunerationFen: number;

  @Column({ name: 'decline_reason', length: 500, default: '' })
  declineReason: string;

  @Column({ name: 'decided_by', type: 'int', unsigned: true, nullable: true })
  decidedBy: number | null;

  @Column({ name: 'decided_at', type: 'datetime', precision: 3, nullable: true })
  decidedAt: Date | null;
}
