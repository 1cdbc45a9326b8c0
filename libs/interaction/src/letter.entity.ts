import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** mailbox: 领导信箱; error_report: 我为政府网站找错. */
export const LETTER_KINDS = ['mailbox', 'error_report'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_STATUSES = ['received', 'replied'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

/** What a 找错 report is about (the national 政府网站找错 categories). */
export const ERROR_TYPES = ['内容错误', '链接失效', '错别字', '信息更新不及时', '其他'] as const;

/**
 * A citizen's letter to a site: stored as plain text and escaped wherever shown. The query code is
 * the citizen's only key to it; phone and e-mail are never shown on public pages.
 */
@Entity('letters')
@Index('ix_letters_site_status', ['siteId', 'status', 'id'])
export class Letter {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ type: 'enum', enum: LETTER_KINDS })
  kind: LetterKind;

  @Index('uq_letters_query_code', { unique: true })
  @Column({ name: 'query_code', length: 16 })
  queryCode: string;

  @Column({ length: 50 })
  name: string;

  @Column({ length: 30 })
  phone: string;

  @Column({ length: 100 })
  email: string;

  @Column({ length: 100 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** 找错: the category and the page the citizen found wrong. */
  @Column({ name: 'error_type', length: 20 })
  errorType: string;

  @Column({ name: 'page_url', length: 500 })
  pageUrl: string;

  /** The citizen agrees that the letter and its reply may be shown on the site (信件选登). */
  @Column({ name: 'public_consent', default: false })
  publicConsent: boolean;

  @Column({ type: 'enum', enum: LETTER_STATUSES, default: 'received' })
  status: LetterStatus;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ name: 'replied_by', type: 'int', unsigned: true, nullable: true })
  repliedBy: number | null;

  @Column({ name: 'replied_at', type: 'datetime', precision: 3, nullable: true })
  repliedAt: Date | null;

  /** Shown in 信件选登: the citizen consented and the handler chose to publish it. */
  @Column({ default: false })
  published: boolean;

  @Column({ length: 45 })
  ip: string;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}
