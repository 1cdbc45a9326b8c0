import { Inject, Injectable } from '@nestjs/common';
import { PUBLISH_EVENTS, type PublishEvents } from '@zhanqun/shared';
import { DataSource, In } from 'typeorm';
import { ArticleMedia, type MediaRole } from './article-media.entity';
import { MediaFile } from './media-file.entity';

/** A site-relative upload URL inside an article body (src or href), e.g. `/uploads/202611/ab….jpg`. */
const UPLOAD_PATH = /\/uploads\/\d{6}\/[0-9a-f]{32}\.[a-z0-9]{2,5}/g;

export interface ArticleMediaFields {
  id: number;
  siteId: number;
  coverImageId: number | null;
  attachmentIds: number[];
  body: string;
}

/** Keeps `article_media` true to each article's current content. */
@Injectable()
export class MediaLinks {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {}

  /** The site's files an article body refers to by URL. */
  async inlineIds(siteId: number, body: string): Promise<number[]> {
    const paths = [...new Set(body.match(UPLOAD_PATH) ?? [])];
    if (!paths.length) return [];
    const rows = await this.dataSource.getRepository(MediaFile).find({ select: { id: true }, where: { siteId, publicPath: In(paths) } });
    return rows.map((row) => row.id);
  }

  async replace(article: ArticleMediaFields): Promise<void> {
    const links: { mediaId: number; role: MediaRole }[] = [
      ...(article.coverImageId ? [{ mediaId: article.coverImageId, role: 'cover' as const }] : []),
      ...article.attachmentIds.map((mediaId) => ({ mediaId, role: 'attachment' as const })),
      ...(await this.inlineIds(article.siteId, article.body)).map((mediaId) => ({ mediaId, role: 'inline' as const })),
    ];
    const before = await this.mediaOf(article.id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ArticleMedia, { articleId: article.id });
      if (links.length) {
        await manager.insert(
          ArticleMedia,
          links.map((link) => ({ ...link, articleId: article.id, siteId: article.siteId })),
        );
      }
    });
    await this.release(article.siteId, before, new Set(links.map((link) => link.mediaId)));
  }

  async remove(siteId: number, articleId: number): Promise<void> {
    const before = await this.mediaOf(articleId);
    await this.dataSource.getRepository(ArticleMedia).delete({ articleId });
    await this.release(siteId, before, new Set());
  }

  private async mediaOf(articleId: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(ArticleMedia).find({ where: { articleId }, select: { mediaId: true } });
    return rows.map((row) => row.mediaId);
  }

  /** Files the article no longer uses may have to leave the public site. */
  private async release(siteId: number, before: number[], kept: Set<number>): Promise<void> {
    const dropped = [...new Set(before.filter((id) => !kept.has(id)))];
    if (dropped.length) await this.events.mediaReleased(siteId, dropped);
  }

  /** Ids of the articles using a file, live or in an edit waiting for review. */
  async usersOf(siteId: number, mediaId: number): Promise<number[]> {
    const rows = await this.dataSource.getRepository(ArticleMedia).find({ where: { siteId, mediaId }, select: { articleId: true } });
    return [...new Set([...rows.map((row) => row.articleId), ...(await this.pendingUsersOf(siteId, mediaId))])];
  }

  /**
   * An edit of a live article waits in review as a revision (content's `pending_revision`); its
   * cover, attachments and body links are not the article's yet, but will be once approved.
   */
  private async pendingUsersOf(siteId: number, mediaId: number): Promise<number[]> {
    const pending: { articleId: number; cover: number | null; attachments: string; body: string }[] = await this.dataSource.query(
      `SELECT a.id AS articleId, r.cover_image_id AS cover, r.attachment_ids AS attachments, r.body
         FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.number = a.pending_revision
        WHERE a.site_id = ? AND a.pending_revision IS NOT NULL`,
      [siteId],
    );
    const users: number[] = [];
    for (const edit of pending) {
      const attachments = edit.attachments ? edit.attachments.split(',').map(Number) : [];
      const uses = edit.cover === mediaId || attachments.includes(mediaId) || (await this.inlineIds(siteId, edit.body)).includes(mediaId);
      if (uses) users.push(edit.articleId);
    }
    return users;
  }
}
