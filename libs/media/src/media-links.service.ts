import { Inject, Injectable } from '@nestjs/common';
import {
  Database,
  PUBLISH_EVENTS,
  requireTenant,
  runInTenant,
  UnitOfWork,
  type PublishEvents,
  type TenantRepository,
} from '@zhanqun/shared';
import { In } from 'typeorm';
import { ArticleMedia, type MediaRole } from './article-media.entity';
import { MediaFile } from './media-file.entity';

/** A site-relative upload URL inside an article body (src or href), e.g. `/uploads/202611/ab….jpg`. */
const UPLOAD_PATH = /\/uploads\/\d{6}\/[0-9a-f]{32}\.[a-z0-9]{2,5}/g;

/** One use of a file: by an article's current content, or by its edit waiting for review (`pending`). */
export interface MediaUse {
  articleId: number;
  title: string;
  role: MediaRole;
  pending: boolean;
}

export interface ArticleMediaFields {
  id: number;
  siteId: number;
  coverImageId: number | null;
  attachmentIds: number[];
  body: string;
}

/**
 * Keeps `article_media` true to each article's current content. Reads act on the site in the
 * tenant context; changes name the article's site and run in one unit of work with the events
 * that release the files it stopped using.
 */
@Injectable()
export class MediaLinks {
  private readonly links: TenantRepository<ArticleMedia>;

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {
    this.links = db.tenant(ArticleMedia);
  }

  /** The site's files an article body refers to by URL. */
  async inlineIds(body: string): Promise<number[]> {
    const paths = [...new Set(body.match(UPLOAD_PATH) ?? [])];
    if (!paths.length) return [];
    const rows = await this.db.tenant(MediaFile).find({ select: { id: true }, where: { publicPath: In(paths) } });
    return rows.map((row) => row.id);
  }

  replace(article: ArticleMediaFields): Promise<void> {
    return this.change(article.siteId, article.id, async () => {
      const links: { mediaId: number; role: MediaRole }[] = [
        ...(article.coverImageId ? [{ mediaId: article.coverImageId, role: 'cover' as const }] : []),
        ...article.attachmentIds.map((mediaId) => ({ mediaId, role: 'attachment' as const })),
        ...(await this.inlineIds(article.body)).map((mediaId) => ({ mediaId, role: 'inline' as const })),
      ];
      if (links.length) await this.links.insert(links.map((link) => ({ ...link, articleId: article.id })));
      return links.map((link) => link.mediaId);
    });
  }

  remove(siteId: number, articleId: number): Promise<void> {
    return this.change(siteId, articleId, async () => []);
  }

  /** Replaces an article's links by those `relink` writes; files it no longer uses may have to leave the public site. */
  private change(siteId: number, articleId: number, relink: () => Promise<number[]>): Promise<void> {
    return runInTenant({ siteId }, () =>
      this.uow.run(async () => {
        const before = await this.mediaOf(articleId);
        await this.links.delete({ articleId });
        const kept = new Set(await relink());
        const dropped = [...new Set(before.filter((id) => !kept.has(id)))];
        if (dropped.length) await this.events.mediaReleased(siteId, dropped);
      }),
    );
  }

  private async mediaOf(articleId: number): Promise<number[]> {
    const rows = await this.links.find({ where: { articleId }, select: { mediaId: true } });
    return rows.map((row) => row.mediaId);
  }

  /** Where each of the site's files is used: by articles' current content and by edits waiting for review. */
  async usesOf(mediaIds: number[]): Promise<Map<number, MediaUse[]>> {
    const uses = new Map<number, MediaUse[]>(mediaIds.map((id) => [id, []]));
    if (!mediaIds.length) return uses;
    const links = await this.links.find({ where: { mediaId: In(mediaIds) } });
    const titles = await this.titlesOf([...new Set(links.map((link) => link.articleId))]);
    for (const link of links) {
      uses.get(link.mediaId)!.push({ articleId: link.articleId, title: titles.get(link.articleId) ?? '', role: link.role, pending: false });
    }
    for (const edit of await this.pendingEdits()) {
      for (const [mediaId, role] of edit.uses) {
        uses.get(mediaId)?.push({ articleId: edit.articleId, title: edit.title, role, pending: true });
      }
    }
    return uses;
  }

  /** Raw SQL: articles are content's, which this library cannot import (content imports media). */
  private async titlesOf(articleIds: number[]): Promise<Map<number, string>> {
    if (!articleIds.length) return new Map();
    const rows: { id: number; title: string }[] = await this.db.query(
      `SELECT id, title FROM articles WHERE site_id = ? AND id IN (${articleIds.map(() => '?').join(',')})`,
      [requireTenant().siteId, ...articleIds],
    );
    return new Map(rows.map((row) => [Number(row.id), row.title]));
  }

  /**
   * An edit of a live article waits in review as a revision (content's `pending_revision`); its
   * cover, attachments and body links are not the article's yet, but will be once approved.
   */
  private async pendingEdits(): Promise<{ articleId: number; title: string; uses: [number, MediaRole][] }[]> {
    const pending: { articleId: number; title: string; cover: number | null; attachments: string; body: string }[] = await this.db.query(
      `SELECT a.id AS articleId, r.title, r.cover_image_id AS cover, r.attachment_ids AS attachments, r.body
         FROM articles a JOIN article_revisions r ON r.article_id = a.id AND r.number = a.pending_revision
        WHERE a.site_id = ? AND a.pending_revision IS NOT NULL`,
      [requireTenant().siteId],
    );
    const edits = [];
    for (const edit of pending) {
      const uses: [number, MediaRole][] = [
        ...(edit.cover ? [[Number(edit.cover), 'cover'] as [number, MediaRole]] : []),
        ...(edit.attachments ? edit.attachments.split(',').map((id): [number, MediaRole] => [Number(id), 'attachment']) : []),
        ...(await this.inlineIds(edit.body)).map((id): [number, MediaRole] => [id, 'inline']),
      ];
      edits.push({ articleId: Number(edit.articleId), title: edit.title, uses });
    }
    return edits;
  }
}
