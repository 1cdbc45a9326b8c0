import { Injectable } from '@nestjs/common';
import { Article, bodyText } from '@zhanqun/content';
import { MediaFile } from '@zhanqun/media';
import { In } from 'typeorm';
import { documentTerms } from './document-terms';
import { Database, UnitOfWork } from '@zhanqun/shared';
import { TermStatistics } from './term-statistics';

const BATCH = 500;
/** attachment_names is VARCHAR(2000). */
const MAX_ATTACHMENT_NAMES = 2000;

type Row = [number, number, number, Date, string, string, string, string];

/**
 * Keeps search_documents equal to the live articles, and search_terms counting their words:
 * publishing's outbox handlers call it when an article goes live, changes or is withdrawn;
 * `reindex` rebuilds it from scratch.
 */
@Injectable()
export class SearchIndexer {
  constructor(
    private readonly db: Database,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The current terms of the documents `where` picks (on `d`), their rows locked until the transaction ends. */
  private async lockedTerms(where: string, params: unknown[]): Promise<{ article_id: number; terms: string }[]> {
    return this.db
      .crossTenant('groupSearch')
      .query(`SELECT d.article_id, d.terms FROM search_documents d ${where} ORDER BY d.article_id FOR UPDATE`, params);
  }

  /** Deletes the documents `where` picks (on `d`), counting their words out. */
  private async remove(where: string, params: unknown[]): Promise<void> {
    await this.unitOfWork.run(async () => {
      const gone = await this.lockedTerms(where, params);
      if (gone.length === 0) return;
      await this.db
        .crossTenant('groupSearch')
        .query('DELETE FROM search_documents WHERE article_id IN (?)', [gone.map((row) => row.article_id)]);
      await new TermStatistics(this.db.crossTenant('groupSearch')).record(
        gone.map((row) => row.terms),
        [],
      );
    });
  }

  /** Writes the article's row if it is live, removes it otherwise. */
  async indexArticle(siteId: number, articleId: number): Promise<void> {
    const article = await this.db.crossTenant('groupSearch').repository(Article).findOneBy({ id: articleId, siteId });
    if (!article || article.status !== 'published' || !article.publishedAt) return this.removeArticle(articleId);
    await this.write(await this.rows([article]));
    // Withdrawn while its words were being segmented: its removal may have run before this write.
    await this.removeUnpublished('d.article_id = ?', [articleId]);
  }

  /** Deletes the rows, among those `where` picks, whose article is no longer live. */
  private async removeUnpublished(where: string, params: unknown[]): Promise<void> {
    await this.remove(`LEFT JOIN articles a ON a.id = d.article_id AND a.status = 'published' WHERE a.id IS NULL AND ${where}`, params);
  }

  async removeArticle(articleId: number): Promise<void> {
    await this.remove('WHERE d.article_id = ?', [articleId]);
  }

  /**
   * Rebuilds the index of some sites (all when `siteIds` is null) from the live articles, in
   * batches; `onProgress(done, total)` after each.
   */
  async reindex(siteIds: number[] | null, onProgress: (done: number, total: number) => void = () => {}): Promise<number> {
    const scope = siteIds === null ? {} : { siteId: In(siteIds) };
    const articles = this.db.crossTenant('groupSearch').repository(Article);
    const where = { ...scope, status: 'published' as const };
    const total = await articles.countBy(where);
    let done = 0;
    let afterId = 0;
    onProgress(0, total);
    for (;;) {
      const batch = await articles
        .createQueryBuilder('a')
        .where(where)
        .andWhere('a.id > :afterId', { afterId })
        .orderBy('a.id')
        .take(BATCH)
        .getMany();
      if (batch.length === 0) break;
      await this.write(await this.rows(batch));
      afterId = batch[batch.length - 1].id;
      done += batch.length;
      onProgress(done, total);
    }
    if (siteIds === null) await this.removeUnpublished('TRUE', []);
    else await this.removeUnpublished('d.site_id IN (?)', [siteIds.length ? siteIds : [0]]);
    return done;
  }

  private async rows(articles: Article[]): Promise<Row[]> {
    const files = await this.attachments(articles);
    return articles
      .filter((article) => article.publishedAt)
      .map((article) => {
        const text = {
          title: article.title,
          bodyText: bodyText(article.body),
          attachmentNames: article.attachmentIds
            .flatMap((id) => {
              const file = files.get(id);
              return file && file.siteId === article.siteId ? [file.name] : [];
            })
            .join('\n')
            .slice(0, MAX_ATTACHMENT_NAMES),
        };
        return [
          article.id,
          article.siteId,
          article.columnId,
          article.publishedAt!,
          text.title,
          text.bodyText,
          text.attachmentNames,
          documentTerms(text),
        ];
      });
  }

  /** The files the articles list as attachments, by id. */
  private async attachments(articles: Article[]): Promise<Map<number, MediaFile>> {
    const ids = [...new Set(articles.flatMap((article) => article.attachmentIds))];
    if (ids.length === 0) return new Map();
    const files = await this.db
      .crossTenant('groupSearch')
      .repository(MediaFile)
      .findBy({ id: In(ids) });
    return new Map(files.map((file) => [file.id, file]));
  }

  private async write(rows: Row[]): Promise<void> {
    if (rows.length === 0) return;
    await this.unitOfWork.run(async () => {
      const before = await this.lockedTerms('WHERE d.article_id IN (?)', [rows.map(([articleId]) => articleId)]);
      await this.db.crossTenant('groupSearch').query(
        `INSERT INTO search_documents (article_id, site_id, column_id, published_at, title, body_text, attachment_names, terms)
         VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
         ON DUPLICATE KEY UPDATE site_id = VALUES(site_id), column_id = VALUES(column_id), published_at = VALUES(published_at),
           title = VALUES(title), body_text = VALUES(body_text), attachment_names = VALUES(attachment_names), terms = VALUES(terms)`,
        rows.flat(),
      );
      await new TermStatistics(this.db.crossTenant('groupSearch')).record(
        before.map((row) => row.terms),
        rows.map((row) => row[7]),
      );
    });
  }
}
