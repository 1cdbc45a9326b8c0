import { Injectable, NotFoundException } from '@nestjs/common';
import { Database, requireTenant, type TenantRepository } from '@zhanqun/shared';
import { createTwoFilesPatch } from 'diff';
import type { Article } from './article.entity';
import { ArticleRevision } from './article-revision.entity';

/** The content a revision keeps; other article fields (timing, flags, disclosure metadata) are not versioned. */
export const REVISION_FIELDS = [
  'columnId',
  'title',
  'subtitle',
  'summary',
  'body',
  'source',
  'author',
  'keywords',
  'coverImageId',
  'attachmentIds',
] as const;
export type RevisionField = (typeof REVISION_FIELDS)[number];
const FIELDS = REVISION_FIELDS;

/** How long the same author's autosaves keep folding into one revision. */
const AUTOSAVE_WINDOW_MS = 10 * 60_000;

/** The versioned content of an article or a revision, and nothing else. */
function contentOf(source: Pick<ArticleRevision, RevisionField>): Pick<ArticleRevision, RevisionField> {
  return Object.fromEntries(FIELDS.map((field) => [field, source[field]])) as Pick<ArticleRevision, RevisionField>;
}

/** One field per line block, bodies split at tags, so a diff reads like the article. */
function asText(revision: Pick<ArticleRevision, RevisionField>): string {
  return [
    `标题: ${revision.title}`,
    `副标题: ${revision.subtitle}`,
    `摘要: ${revision.summary}`,
    `来源: ${revision.source}`,
    `作者: ${revision.author}`,
    `关键词: ${revision.keywords}`,
    `栏目: ${revision.columnId}`,
    `封面图片: ${revision.coverImageId ?? ''}`,
    `附件: ${revision.attachmentIds.join(', ')}`,
    '正文:',
    ...revision.body.replace(/></g, '>\n<').split('\n'),
    '',
  ].join('\n');
}

/** Revisions of articles: kept on every save, listed, compared and restored. */
@Injectable()
export class RevisionsService {
  private readonly revisions: TenantRepository<ArticleRevision>;

  constructor(db: Database) {
    this.revisions = db.tenant(ArticleRevision);
  }

  /**
   * Snapshots the article (of the tenant's site) as just saved; numbers are consecutive per
   * article. An autosave folds into the newest revision when that is an autosave of the same
   * author begun less than ten minutes ago: the history keeps the drafts, not every pause in typing.
   */
  async keep(article: Pick<Article, 'id' | 'siteId' | RevisionField>, userId: number, autosave = false): Promise<number> {
    requireTenant(article.siteId);
    const newest = await this.revisions.findOne({ where: { articleId: article.id }, order: { number: 'DESC' } });
    if (autosave && newest?.autosave && newest.createdBy === userId && Date.now() - newest.createdAt.getTime() < AUTOSAVE_WINDOW_MS) {
      await this.revisions.update({ id: newest.id }, contentOf(article));
      return newest.number;
    }
    const number = (newest?.number ?? 0) + 1;
    await this.revisions.insert({ ...contentOf(article), articleId: article.id, number, autosave, createdBy: userId });
    return number;
  }

  async list(article: Article) {
    const rows = await this.revisions.find({
      where: { articleId: article.id },
      select: { number: true, title: true, createdBy: true, createdAt: true },
      order: { number: 'DESC' },
    });
    return { items: rows.map(({ number, title, createdBy, createdAt }) => ({ number, title, createdBy, createdAt })) };
  }

  async get(article: Article, number: number): Promise<ArticleRevision> {
    const revision = await this.revisions.findOneBy({ articleId: article.id, number });
    if (!revision) throw new NotFoundException(`第 ${number} 版不存在`);
    return revision;
  }

  /** A unified diff from revision `from` to revision `to`. */
  async diff(article: Article, from: number, to: number): Promise<{ from: number; to: number; diff: string }> {
    const [a, b] = await Promise.all([this.get(article, from), this.get(article, to)]);
    return { from, to, diff: createTwoFilesPatch(`第${from}版`, `第${to}版`, asText(a), asText(b), '', '', { context: 3 }) };
  }

  /**
   * What a review decides on, as a unified diff: a live article's edit (revision `number`) against
   * the live content, or an article that is not online (`number` null) with all of it inserted.
   */
  async diffForReview(article: Article, number: number | null): Promise<string> {
    const proposed = number === null ? article : await this.get(article, number);
    const live = number === null ? '' : asText(article);
    return createTwoFilesPatch('live', 'proposed', live, asText(proposed), '', '', { context: 3 });
  }

  /** One revision as the API shows it: its number, content and author, not the article and site it belongs to. */
  async view(article: Article, number: number) {
    const revision = await this.get(article, number);
    return { id: revision.id, number, ...contentOf(revision), createdBy: revision.createdBy, createdAt: revision.createdAt };
  }

  /** The fields of a revision, ready to save onto the article. */
  async fieldsOf(article: Article, number: number): Promise<Pick<ArticleRevision, RevisionField>> {
    return contentOf(await this.get(article, number));
  }
}
