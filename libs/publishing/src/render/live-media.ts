import { ArticleMedia, MediaFile, type MediaRole } from '@zhanqun/media';
import type { Database } from '@zhanqun/shared';
import { In } from 'typeorm';

/** Files used by the published articles of the site in context: what the site's `/uploads/` may hold. */
export class LiveMedia {
  constructor(private readonly db: Database) {}

  private links() {
    return this.db
      .tenant(ArticleMedia)
      .createQueryBuilder('am')
      .innerJoin('articles', 'a', 'a.id = am.article_id')
      .andWhere('a.status = :published', { published: 'published' });
  }

  /** The file, when a published article uses it (as a cover, for `role: 'cover'`), else null. */
  async find(mediaId: number, role?: MediaRole): Promise<MediaFile | null> {
    const used = await this.links()
      .andWhere('am.media_id = :mediaId', { mediaId })
      .andWhere(role ? 'am.role = :role' : '1 = 1', { role })
      .getExists();
    if (!used) return null;
    return this.db.tenant(MediaFile).findOneBy({ id: mediaId });
  }

  /** Media links of the given articles, or of every published one when `articleIds` is omitted. */
  async linksOf(articleIds?: number[]): Promise<{ mediaId: number; role: MediaRole }[]> {
    const query = articleIds
      ? this.db
          .tenant(ArticleMedia)
          .createQueryBuilder('am')
          .andWhere(articleIds.length ? 'am.article_id IN (:...articleIds)' : '1 = 0', { articleIds })
      : this.links();
    const rows: { mediaId: number; role: MediaRole }[] = await query
      .select('am.media_id', 'mediaId')
      .addSelect('am.role', 'role')
      .distinct(true)
      .getRawMany();
    return rows.map((row) => ({ mediaId: Number(row.mediaId), role: row.role }));
  }

  /** Files of the site by id. */
  async files(ids: number[]): Promise<Map<number, MediaFile>> {
    if (!ids.length) return new Map();
    const rows = await this.db.tenant(MediaFile).findBy({ id: In(ids) });
    return new Map(rows.map((file) => [file.id, file]));
  }
}
