import { randomBytes } from 'node:crypto';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const MEDIA_KINDS = ['image', 'attachment'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/**
 * An uploaded file of one site. The original (and an image's thumbnail) are kept privately under
 * MEDIA_ROOT; the publisher copies them to `publicPath` when an article that uses them goes live.
 */
@Entity('media_files')
export class MediaFile {
  @PrimaryGeneratedColumn({ unsigned: true })
  id: number;

  @Column({ name: 'site_id', unsigned: true })
  siteId: number;

  @Column({ type: 'enum', enum: MEDIA_KINDS })
  kind: MediaKind;

  /** The name the file was uploaded with, shown as the attachment's link text. */
  @Column({ length: 200 })
  name: string;

  /** Extension decided by the content, e.g. `pdf`, `docx`, `jpg`. */
  @Column({ length: 10 })
  ext: string;

  @Column({ length: 120 })
  mime: string;

  @Column({ type: 'bigint', unsigned: true, transformer: { to: (v: number) => v, from: (v: string | number) => Number(v) } })
  bytes: number;

  @Column({ length: 64 })
  sha256: string;

  /** Site-relative URL once published, e.g. `/uploads/202611/3f2a….pdf`; also the key under MEDIA_ROOT/<siteId>. */
  @Column({ name: 'public_path', length: 80 })
  publicPath: string;

  @Column({ type: 'int', unsigned: true, nullable: true })
  width: number | null;

  @Column({ type: 'int', unsigned: true, nullable: true })
  height: number | null;

  @Column({ name: 'created_by', type: 'int', unsigned: true, nullable: true })
  createdBy: number | null;

  @CreateDateColumn({ name: 'created_at', precision: 3 })
  createdAt: Date;
}

/** A fresh, unguessable site-relative URL for an upload: `/uploads/<yyyymm>/<32 hex>.<ext>`. */
export function newPublicPath(ext: string, now = new Date()): string {
  const month = now.toISOString().slice(0, 7).replace('-', '');
  return `/uploads/${month}/${randomBytes(16).toString('hex')}.${ext}`;
}

/** The site-relative URL of an image's thumbnail. */
export function thumbnailPath(file: Pick<MediaFile, 'publicPath'>): string {
  return file.publicPath.replace(/\.[a-z0-9]+$/, '_thumb.jpg');
}
