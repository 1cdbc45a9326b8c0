import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { PUBLISH_EVENTS, Database, UnitOfWork, requireTenant, type PublishEvents, type TenantRepository } from '@zhanqun/shared';
import { SensitiveWordsService } from '@zhanqun/sensitive-words';
import { MediaLibrary, MediaLinks } from '@zhanqun/media';
import { SiteUrls } from '@zhanqun/tenancy';
import { Between, Like } from 'typeorm';
import { ArticleHistory } from './article-history.service';
import { ArticlePublication } from './article-publication';
import { REVISION_FIELDS, RevisionsService, type RevisionField } from './revisions.service';
import { articleView, type ArticleView } from './article-view';
import { Article } from './article.entity';
import { SiteColumn } from './column.entity';
import type { ArticleFieldsDto, CreateArticleDto, ListArticlesQuery, ScreenDraftDto } from './dto/article.dto';
import { bodyText, sanitizeBody } from './sanitize-body';
import { SUBMISSION_GATEWAY, type SubmissionGateway } from './submission-gateway';
import { realChanges } from './article-changes';
import { REVIEW_STALLS, type ReviewStalls } from './review-stalls';

const EDITABLE = new Set(['draft', 'rejected', 'offline', 'published', 'scheduled']);
/** Not online: what may be submitted, and what the console's editor autosaves. */
const DRAFTS = new Set(['draft', 'rejected', 'offline']);

function toDate(value: string | null | undefined): Date | null | undefined {
  return value === undefined ? undefined : value === null ? null : new Date(value);
}

@Injectable()
export class ArticlesService {
  private readonly articles: TenantRepository<Article>;
  private readonly columns: TenantRepository<SiteColumn>;

  constructor(
    db: Database,
    private readonly uow: UnitOfWork,
    private readonly urls: SiteUrls,
    private readonly publication: ArticlePublication,
    @Inject(SUBMISSION_GATEWAY) private readonly gateway: SubmissionGateway,
    @Inject(REVIEW_STALLS) private readonly stalls: ReviewStalls,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
    private readonly words: SensitiveWordsService,
    private readonly history: ArticleHistory,
    private readonly revisions: RevisionsService,
    private readonly media: MediaLibrary,
    private readonly mediaLinks: MediaLinks,
  ) {
    this.articles = db.tenant(Article);
    this.columns = db.tenant(SiteColumn);
  }

  private async writableColumn(columnId: number): Promise<SiteColumn> {
    const column = await this.columns.findOneBy({ id: columnId });
    if (!column) throw new BadRequestException('columnId 指向的栏目不存在');
    if (column.kind === 'link') throw new BadRequestException('外链栏目不能发布文章');
    return column;
  }

  private checkTiming(publishAt: Date | null | undefined, expireAt: Date | null | undefined): void {
    if (publishAt && expireAt && expireAt.getTime() <= publishAt.getTime()) {
      throw new BadRequestException('expireAt 必须晚于 publishAt');
    }
  }

  /** Cover and attachments must be files of this site; picture news needs a cover. */
  private async checkMedia(fields: Pick<Article, 'coverImageId' | 'attachmentIds' | 'pictureNews'>): Promise<void> {
    if (fields.coverImageId) await this.media.owned([fields.coverImageId], 'image');
    await this.media.owned(fields.attachmentIds);
    if (fields.pictureNews && !fields.coverImageId) throw new BadRequestException('图片新闻必须设置封面图片(coverImageId)');
  }

  private async view(article: Article, withBody = true): Promise<ArticleView> {
    const column = await this.columns.findOneBy({ id: article.columnId });
    const stalled = await this.stalledAmong([article]);
    return {
      ...articleView(article, column?.path, await this.urls.origin(article.siteId), withBody),
      reviewStalled: stalled.has(article.id),
    };
  }

  /** The articles in review (or with a live edit in review) whose current step nobody can take. */
  private async stalledAmong(articles: Article[]): Promise<Set<number>> {
    const inReview = articles.filter((article) => article.status === 'pending' || article.pendingRevision !== null);
    if (inReview.length === 0) return new Set();
    return this.stalls.stalledAmong(
      inReview[0].siteId,
      inReview.map(({ id }) => id),
    );
  }

  /**
   * `forUpdate` (in a unit of work): the row stays locked until it ends, so the checks and
   * changes of two requests on one article do not interleave.
   */
  async find(articleId: number, forUpdate = false): Promise<Article> {
    const lock = forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {};
    const article = await this.articles.findOne({ where: { id: articleId }, ...lock });
    if (!article) throw new NotFoundException('文章不存在');
    return article;
  }

  async get(articleId: number): Promise<ArticleView> {
    return this.view(await this.find(articleId));
  }

  create(input: CreateArticleDto, actorId: number): Promise<ArticleView> {
    return this.uow.run(async () => {
      await this.writableColumn(input.columnId);
      const publishAt = toDate(input.publishAt) ?? null;
      const expireAt = toDate(input.expireAt) ?? null;
      this.checkTiming(publishAt, expireAt);
      await this.checkMedia({
        coverImageId: input.coverImageId ?? null,
        attachmentIds: input.attachmentIds ?? [],
        pictureNews: input.pictureNews ?? false,
      });
      const article = await this.articles.save(
        this.articles.create({
          columnId: input.columnId,
          title: input.title.trim(),
          subtitle: input.subtitle?.trim() ?? '',
          body: sanitizeBody(input.body),
          summary: input.summary?.trim() ?? '',
          source: input.source?.trim() ?? '',
          author: input.author?.trim() ?? '',
          keywords: input.keywords?.trim() ?? '',
          headline: input.headline ?? false,
          pictureNews: input.pictureNews ?? false,
          coverImageId: input.coverImageId ?? null,
          attachmentIds: input.attachmentIds ?? [],
          issuer: input.issuer?.trim() ?? '',
          writtenOn: input.writtenOn ?? null,
          docNo: input.docNo?.trim() ?? '',
          topic: input.topic?.trim() ?? '',
          validity: input.validity ?? 'valid',
          publishAt,
          expireAt,
          status: 'draft',
          createdBy: actorId,
          updatedBy: actorId,
        }),
      );
      await this.history.record({ articleId: article.id, action: 'created', userId: actorId });
      await this.revisions.keep(article, actorId);
      await this.mediaLinks.replace(article);
      return this.view(article);
    });
  }

  /** A page of the site's articles; `callerId` is whom `mine=true` means. */
  async list(query: ListArticlesQuery, callerId: number) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where = {
      ...(query.columnId ? { columnId: query.columnId } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.mine === 'true' ? { createdBy: callerId } : {}),
      ...(query.q ? { title: Like(`%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) } : {}),
      ...(query.from || query.to ? { updatedAt: Between(new Date(query.from ?? 0), new Date(query.to ?? '9999-12-31T00:00:00Z')) } : {}),
    };
    const [rows, total] = await this.articles.findAndCount({
      where,
      order: { updatedAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const columns = new Map((await this.columns.find()).map((column) => [column.id, column.path]));
    const { siteId } = requireTenant();
    const origin = await this.urls.origin(siteId);
    const rejections = await this.history.lastRejections(rows.map((row) => row.id));
    const stalled = await this.stalledAmong(rows);
    const items = rows.map((row) => ({
      ...articleView(row, columns.get(row.columnId), origin, false),
      reviewStalled: stalled.has(row.id),
      lastRejection: rejections.get(row.id) ?? null,
    }));
    return { items, total, page, pageSize };
  }

  /** `autosave`: the editor saving as the author types (a draft's revisions fold, see RevisionsService.keep). */
  update(articleId: number, input: ArticleFieldsDto, actorId: number, autosave = false): Promise<ArticleView> {
    return this.uow.run(async () => {
      const article = await this.find(articleId, true);
      // Compare-and-set: the row is locked, so of two changes made from the same read the later one is 409.
      if (input.updatedAt !== undefined && new Date(input.updatedAt).getTime() !== article.updatedAt.getTime()) {
        throw new ConflictException('文章已被他人修改,请重新打开后再改');
      }
      if (!EDITABLE.has(article.status)) throw new ConflictException('审核中的文章不能修改,请先撤回');
      if (input.columnId !== undefined) await this.writableColumn(input.columnId);
      const publishAt = toDate(input.publishAt);
      const expireAt = toDate(input.expireAt);
      this.checkTiming(publishAt === undefined ? article.publishAt : publishAt, expireAt === undefined ? article.expireAt : expireAt);
      const previousColumnId = article.columnId;
      const changes = realChanges(article, {
        ...(input.columnId !== undefined ? { columnId: input.columnId } : {}),
        ...(input.title !== undefined ? { title: input.title.trim() } : {}),
        ...(input.subtitle !== undefined ? { subtitle: input.subtitle.trim() } : {}),
        ...(input.body !== undefined ? { body: sanitizeBody(input.body) } : {}),
        ...(input.summary !== undefined ? { summary: input.summary.trim() } : {}),
        ...(input.source !== undefined ? { source: input.source.trim() } : {}),
        ...(input.author !== undefined ? { author: input.author.trim() } : {}),
        ...(input.keywords !== undefined ? { keywords: input.keywords.trim() } : {}),
        ...(input.headline !== undefined ? { headline: input.headline } : {}),
        ...(input.pictureNews !== undefined ? { pictureNews: input.pictureNews } : {}),
        ...(input.coverImageId !== undefined ? { coverImageId: input.coverImageId } : {}),
        ...(input.attachmentIds !== undefined ? { attachmentIds: input.attachmentIds } : {}),
        ...(input.issuer !== undefined ? { issuer: input.issuer.trim() } : {}),
        ...(input.writtenOn !== undefined ? { writtenOn: input.writtenOn } : {}),
        ...(input.docNo !== undefined ? { docNo: input.docNo.trim() } : {}),
        ...(input.topic !== undefined ? { topic: input.topic.trim() } : {}),
        ...(input.validity !== undefined ? { validity: input.validity } : {}),
        ...(publishAt !== undefined ? { publishAt } : {}),
        ...(expireAt !== undefined ? { expireAt } : {}),
      });
      if ('coverImageId' in changes || 'attachmentIds' in changes || 'pictureNews' in changes)
        await this.checkMedia({ ...article, ...changes });
      const contentChanged = REVISION_FIELDS.some((field) => field in changes);
      if (article.status === 'published' && contentChanged && (await this.gateway.requiresReview(article))) {
        // The published version stays live; the edit waits as a revision for the review chain.
        const edited = { ...article, ...changes };
        const number = await this.revisions.keep(edited, actorId);
        const direct = Object.fromEntries(Object.entries(changes).filter(([field]) => !REVISION_FIELDS.includes(field as RevisionField)));
        Object.assign(article, direct, { pendingRevision: number, updatedBy: actorId });
        await this.articles.save(article);
        if (Object.keys(direct).length) await this.publish.articlePublished(article.siteId, article.id);
        return this.view(article);
      }
      Object.assign(article, changes, { updatedBy: actorId });
      await this.articles.save(article);
      await this.revisions.keep(article, actorId, autosave && DRAFTS.has(article.status));
      await this.mediaLinks.replace(article);
      if (article.status === 'published') await this.publication.liveChanged(article, previousColumnId);
      if (publishAt !== undefined || expireAt !== undefined) await this.publish.articleTimingChanged(article.siteId, article.id);
      return this.view(article);
    });
  }

  async remove(articleId: number): Promise<void> {
    await this.uow.run(async () => {
      const article = await this.find(articleId, true);
      if (article.status === 'published') await this.publication.unpublish(article);
      await this.articles.delete({ id: article.id });
      await this.mediaLinks.remove(article.siteId, article.id);
    });
  }

  /** The fields a submission's sensitive-word screening reads: texts, the body as text, attachment names. */
  private async screenedFields(text: Pick<Article, 'title' | 'subtitle' | 'summary' | 'body' | 'attachmentIds'>) {
    const attachments = await this.media.owned(text.attachmentIds);
    return {
      title: text.title,
      subtitle: text.subtitle,
      summary: text.summary,
      body: bodyText(text.body),
      attachments: attachments.map((file) => file.name).join('\n'),
    };
  }

  /** What submitting this text would find, without submitting: blocked and warn words per field. */
  async screen(draft: ScreenDraftDto) {
    const fields = await this.screenedFields({
      title: draft.title ?? '',
      subtitle: draft.subtitle ?? '',
      summary: draft.summary ?? '',
      body: sanitizeBody(draft.body ?? ''),
      attachmentIds: draft.attachmentIds ?? [],
    });
    const { blocked, warned } = await this.words.screen(requireTenant().siteId, fields);
    return { blocked, warnings: warned };
  }

  /**
   * An unsaved article: the stored one (or a new one) with a draft's fields over it, checked as a
   * save would check them. What a preview renders; nothing is written.
   */
  async draft(articleId: number | null, input: ArticleFieldsDto): Promise<Article> {
    const stored = articleId === null ? null : await this.find(articleId);
    if (!stored && input.columnId === undefined) throw new BadRequestException('columnId 必填:预览哪个栏目中的文章');
    if (input.columnId !== undefined) await this.writableColumn(input.columnId);
    const article = this.articles.create({
      ...(stored ?? { id: 0, siteId: requireTenant().siteId, status: 'draft', title: '', body: '', attachmentIds: [] }),
      ...Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)),
      ...(input.body !== undefined ? { body: sanitizeBody(input.body) } : {}),
      ...(input.publishAt !== undefined ? { publishAt: toDate(input.publishAt) } : {}),
      ...(input.expireAt !== undefined ? { expireAt: toDate(input.expireAt) } : {}),
    });
    await this.checkMedia({
      coverImageId: article.coverImageId ?? null,
      attachmentIds: article.attachmentIds ?? [],
      pictureNews: article.pictureNews ?? false,
    });
    return article;
  }

  /** Screens the text for sensitive words (422 on a blocked one), then hands it to the gateway. */
  submit(articleId: number, actorId: number) {
    return this.uow.run(async () => {
      const article = await this.find(articleId, true);
      const liveEdit = article.status === 'published' && article.pendingRevision !== null;
      if (!liveEdit && !DRAFTS.has(article.status)) {
        throw new ConflictException(`文章当前状态为 ${article.status},不能提交`);
      }
      const text = liveEdit ? await this.revisions.fieldsOf(article, article.pendingRevision!) : article;
      const warnings = await this.words.assertSubmittable(article.siteId, await this.screenedFields(text));
      return { status: await this.gateway.submit(article, actorId, warnings, liveEdit ? article.pendingRevision! : undefined), warnings };
    });
  }

  withdraw(articleId: number, actorId: number): Promise<{ status: string }> {
    return this.uow.run(async () => {
      const article = await this.find(articleId, true);
      if (article.status !== 'pending' && article.pendingRevision === null) throw new ConflictException('只有审核中的文章可以撤回');
      return { status: await this.gateway.withdraw(article, actorId) };
    });
  }

  async revisionsOf(articleId: number) {
    return this.revisions.list(await this.find(articleId));
  }

  async revision(articleId: number, number: number) {
    return this.revisions.view(await this.find(articleId), number);
  }

  async diff(articleId: number, from: number, to: number) {
    return this.revisions.diff(await this.find(articleId), from, to);
  }

  /** Makes an old revision the current content again (itself saved as a new revision). */
  restore(articleId: number, number: number, actorId: number): Promise<ArticleView> {
    return this.uow.run(async () => {
      const fields = await this.revisions.fieldsOf(await this.find(articleId, true), number);
      return this.update(articleId, fields, actorId);
    });
  }

  async historyOf(articleId: number) {
    const article = await this.find(articleId);
    return this.history.list(article.siteId, article.id);
  }

  unpublish(articleId: number, actorId: number): Promise<{ status: 'offline' }> {
    return this.uow.run(async () => {
      const article = await this.find(articleId, true);
      if (!['published', 'scheduled'].includes(article.status)) {
        throw new ConflictException('只有已发布或待定时发布的文章可以下线');
      }
      await this.publication.unpublish(article, actorId);
      return { status: 'offline' };
    });
  }
}
