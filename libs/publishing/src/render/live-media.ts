import { ArticleMedia, MediaFile, type MediaRole } from '@zhanqun/media';
import { DataSource } from 'typeorm';

/** Files used by a site's published articles: what the site's `/uploads/` may hold. */
export class LiveMedia {
  constructor(
    private readonly dataSource: DataSource,
    private readonly siteId: number,
  ) {}

  private links() {
    return this.dataSource
      .getRepository(ArticleMedia)
      .createQueryBuilder('am')
      .innerJoin('articles', 'a', 'a.id = am.article_id')
      .where('am.site_id = :siteId AND a.status = :published', { siteId: this.siteId, published: 'published' });
  }

  /** The file, when a published article uses it (as a cover, for `role: 'cover'`), else null. */
  async find(mediaId: number, role?: MediaRole): Promise<MediaFile | null> {
    const used = await this.links()
      .andWhere('am.media_id = :mediaId', { mediaId })
      .andWhere(role ? 'am.role = :role' : '1 = 1', { role })
      .getExists();
    if (!used) return null;
    return this.dataSource.getRepository(MediaFile).findOneBy({ id: mediaId, siteId: this.siteId });
  }

  /** Media links of the given articles, or of every published one when `articleIds` is omitted. */
  async linksOf(articleIds?: number[]): Promise<{ mediaId: number; role: MediaRole }[]> {
    const query = articleIds
      ? this.dataSource
          .getRepository(ArticleMedia)
          .createQueryBuilder('am')
          .where('am.site_id = :siteId', { siteId: this.siteId })
          .andWhere(articleIds.length ? 'am.article_id IN (:...articleIds)' : '1 = 0', { articleIds })
      : this.links();
    const rows: { mediaId: number; role: MediaRole }[] = await query
      .select('am.media_id', 'mediaId')
      .addSelect('am.role', 'role')
      .distinct(true)
      .getRawMany();
    return rows.map((row) => ({ mediaId: Number(row.mediaId), role: row.role }));
  }

  /** Files by id, of this site. */
  async files(ids: number[]): Promise<Map<number, MediaFile>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource
      .getRepository(MediaFile)
      .createQueryBuilder('m')
      .where('m.site_id = :siteId AND m.id IN (:...ids)', { siteId: this.siteId, ids })
      .getMany();
    return new Map(rows.map((file) => [file.id, file]));
  }
}
