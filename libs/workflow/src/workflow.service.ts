import { BadRequestException, ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import type { Principal } from '@zhanqun/auth';
import {
  Article,
  ArticleHistory,
  ArticlePublication,
  RevisionsService,
  type ArticleStatus,
  type SubmissionGateway,
} from '@zhanqun/content';
import type { WordHit } from '@zhanqun/sensitive-words';
import { crashPoint, Database, runInTenant, UnitOfWork } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { In } from 'typeorm';
import { ReviewTask } from './entities';
import { ReviewChainsService } from './review-chains.service';
import { STEP_NAMES } from './step-names';

/** Whether the caller wrote or submitted the article under review (nobody reviews their own work). */
function ownWork(task: ReviewTask, createdBy: number | null, principal: Principal): boolean {
  return task.submittedBy === principal.id || createdBy === principal.id;
}

export function assertNotOwnWork(task: ReviewTask, createdBy: number | null, principal: Principal): void {
  if (ownWork(task, createdBy, principal)) throw new ForbiddenException('不能审核自己撰写或提交的文章');
}

/** A task as the inbox lists it. */
export function taskSummary(task: ReviewTask, siteName: string, title: string) {
  return {
    id: task.id,
    articleId: task.articleId,
    siteId: task.siteId,
    siteName,
    step: task.stepNo + 1,
    stepCount: task.stepCount,
    stepName: STEP_NAMES[task.role as keyof typeof STEP_NAMES] ?? task.role,
    title,
    /** Set when the task reviews an edit of a live article. */
    revision: task.revision,
    warnings: task.warnings ?? [],
    submittedAt: task.createdAt,
  };
}

/**
 * The review chain (seed 000: unit leader → county office → confidentiality check). Steps come
 * one at a time; the last approval publishes (or schedules) the article. Each decision is one
 * unit of work that locks its task row first, so of two racing approvals exactly one wins, and
 * closing the task, its history, the next task or the publication commit together.
 */
@Injectable()
export class WorkflowService implements SubmissionGateway {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly chains: ReviewChainsService,
    private readonly publication: ArticlePublication,
    private readonly history: ArticleHistory,
    private readonly revisions: RevisionsService,
  ) {}

  /** Review tasks of every site: the inbox and the decisions of portal-center reviewers span sites. */
  private get tasks() {
    return this.db.crossTenant('reviewInbox').repository(ReviewTask);
  }

  async requiresReview(article: Article): Promise<boolean> {
    return (await this.chains.resolve(article.siteId, article.columnId)).length > 0;
  }

  submit(article: Article, actorId: number, warnings: WordHit[], revision?: number): Promise<ArticleStatus> {
    return runInTenant({ siteId: article.siteId }, () => this.uow.run(() => this.submitInUnit(article, actorId, warnings, revision)));
  }

  private async submitInUnit(article: Article, actorId: number, warnings: WordHit[], revision?: number): Promise<ArticleStatus> {
    const steps = await this.chains.resolve(article.siteId, article.columnId);
    await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'submitted', userId: actorId });
    if (revision !== undefined) {
      if (steps.length === 0) return this.applyRevision(article, revision, actorId);
      const open = await this.db.tenant(ReviewTask).exists({ articleId: article.id, status: 'pending' });
      if (open) throw new ConflictException('该文章的修改已在审核中');
    } else {
      if (steps.length === 0) return this.publication.publish(article, new Date(), actorId);
      await this.publication.transition(article, ['draft', 'rejected', 'offline'], { status: 'pending' });
    }
    await this.db.tenant(ReviewTask).insert({
      articleId: article.id,
      revision: revision ?? null,
      stepNo: 0,
      stepCount: steps.length,
      role: steps[0],
      submittedBy: actorId,
      warnings: warnings.map((hit) => ({ ...hit })),
    });
    // A live article's edit under review leaves the article published.
    return revision !== undefined ? article.status : 'pending';
  }

  private async applyRevision(article: Article, revision: number, actorId: number): Promise<ArticleStatus> {
    await this.publication.applyRevision(article, await this.revisions.fieldsOf(article, revision), actorId);
    return 'published';
  }

  withdraw(article: Article, actorId: number): Promise<ArticleStatus> {
    return runInTenant({ siteId: article.siteId }, () =>
      this.uow.run(async (): Promise<ArticleStatus> => {
        const affected = await this.db
          .tenant(ReviewTask)
          .update({ articleId: article.id, status: 'pending' }, { status: 'withdrawn', actedBy: actorId, actedAt: new Date() });
        if (!affected) throw new ConflictException('该文章没有待审核的任务');
        // A live article's edit is withdrawn; the article itself stays published.
        if (article.status === 'pending') await this.publication.transition(article, ['pending'], { status: 'draft' });
        await this.history.record({ siteId: article.siteId, articleId: article.id, action: 'withdrawn', userId: actorId });
        return 'draft';
      }),
    );
  }

  /**
   * Where the caller's review roles reach: roles held on a site cover that site's tasks; the
   * portal center's roles (held on the portal site) cover every site — for 两办 review only the
   * sites of the reviewer's office (党群 or 政府, the site's category).
   */
  private async reach(principal: Principal) {
    const portal = await this.db.platform(Site).findOne({ where: { kind: 'portal' }, select: { id: true } });
    const atPortal = (role: string) => portal !== null && principal.grants.some((g) => g.siteId === portal.id && g.role === role);
    return {
      site: principal.grants.filter((grant) => grant.siteId !== null && grant.role !== 'platform_admin'),
      officeCategory: atPortal('portal_reviewer') ? principal.office : null,
      security: atPortal('security_reviewer'),
    };
  }

  private async mayAct(principal: Principal, task: ReviewTask): Promise<boolean> {
    const reach = await this.reach(principal);
    if (reach.site.some((grant) => grant.siteId === task.siteId && grant.role === task.role)) return true;
    if (task.role === 'security_reviewer') return reach.security;
    if (task.role === 'portal_reviewer' && reach.officeCategory) {
      const site = await this.db.platform(Site).findOne({ where: { id: task.siteId }, select: { category: true } });
      return site?.category === reach.officeCategory;
    }
    return false;
  }

  /** The pending tasks the caller may act on, across all sites. */
  async inbox(principal: Principal, status: string) {
    if (status !== 'pending') throw new BadRequestException('status 目前只支持 pending');
    const reach = await this.reach(principal);
    const ors: string[] = [];
    const params: Record<string, unknown> = { pending: 'pending' };
    reach.site.forEach((grant, i) => {
      ors.push(`(t.site_id = :site${i} AND t.role = :role${i})`);
      Object.assign(params, { [`site${i}`]: grant.siteId, [`role${i}`]: grant.role });
    });
    if (reach.officeCategory) {
      ors.push(`(t.role = 'portal_reviewer' AND s.category = :office)`);
      params.office = reach.officeCategory;
    }
    if (reach.security) ors.push(`t.role = 'security_reviewer'`);
    if (ors.length === 0) return { items: [] };
    const tasks = await this.tasks
      .createQueryBuilder('t')
      .innerJoin(Site, 's', 's.id = t.site_id')
      .where('t.status = :pending')
      .andWhere(`(${ors.join(' OR ')})`)
      .setParameters(params)
      .orderBy('t.created_at', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .take(500)
      .getMany();
    const articles = tasks.length
      ? await this.db
          .crossTenant('reviewInbox')
          .repository(Article)
          .find({ where: { id: In(tasks.map((t) => t.articleId)) }, select: { id: true, title: true, createdBy: true } })
      : [];
    const sites = tasks.length
      ? await this.db.platform(Site).find({ where: { id: In(tasks.map((t) => t.siteId)) }, select: { id: true, name: true } })
      : [];
    const titles = new Map(articles.map((a) => [a.id, a]));
    const siteNames = new Map(sites.map((s) => [s.id, s.name]));
    return {
      items: tasks
        .filter((task) => !ownWork(task, titles.get(task.articleId)?.createdBy ?? null, principal))
        .map((task) => taskSummary(task, siteNames.get(task.siteId) ?? '', titles.get(task.articleId)?.title ?? '')),
    };
  }

  /**
   * A task the caller may act on, whatever its status (its page stays readable after the
   * decision). A task the caller could not act on is reported as absent, not forbidden.
   */
  async readable(taskId: number, principal: Principal): Promise<ReviewTask> {
    const task = await this.tasks.findOneBy({ id: taskId });
    if (!task || !(await this.mayAct(principal, task))) throw new NotFoundException('审核任务不存在');
    return task;
  }

  /**
   * Runs a decision on a pending task in one unit of work in the task's site, the task row locked
   * first: a second reviewer deciding the same task waits, then finds it decided (409).
   */
  private decide<T>(taskId: number, principal: Principal, work: (task: ReviewTask, article: Article) => Promise<T>): Promise<T> {
    return this.uow.run(async () => {
      const readable = await this.readable(taskId, principal);
      return runInTenant({ siteId: readable.siteId }, async () => {
        const task = await this.db.tenant(ReviewTask).findOne({ where: { id: taskId }, lock: { mode: 'pessimistic_write' } });
        if (!task || task.status !== 'pending') throw new ConflictException('该审核任务已处理');
        const article = await this.db.tenant(Article).findOne({ where: { id: task.articleId }, lock: { mode: 'pessimistic_write' } });
        if (!article) throw new NotFoundException('文章不存在');
        assertNotOwnWork(task, article.createdBy, principal);
        return work(task, article);
      });
    });
  }

  /** Marks the locked task acted on. */
  private async close(task: ReviewTask, status: 'approved' | 'rejected', principal: Principal, comment: string): Promise<void> {
    await this.db
      .tenant(ReviewTask)
      .update({ id: task.id, status: 'pending' }, { status, actedBy: principal.id, actedAt: new Date(), comment });
    crashPoint(`${status === 'approved' ? 'approve' : 'reject'}.after-close`);
  }

  approve(taskId: number, principal: Principal, comment = ''): Promise<{ articleStatus: ArticleStatus }> {
    return this.decide(taskId, principal, (task, article) => this.approveInUnit(task, article, principal, comment));
  }

  private async approveInUnit(task: ReviewTask, article: Article, principal: Principal, comment: string) {
    await this.close(task, 'approved', principal, comment);
    await this.history.record({
      siteId: task.siteId,
      articleId: task.articleId,
      action: 'approved',
      userId: principal.id,
      step: task.stepNo + 1,
      comment,
    });
    crashPoint('approve.after-history');
    if (task.stepNo + 1 < task.stepCount) {
      const steps = await this.chains.resolve(article.siteId, article.columnId);
      const role = steps[task.stepNo + 1] ?? steps[steps.length - 1];
      await this.db.tenant(ReviewTask).insert({
        articleId: task.articleId,
        stepNo: task.stepNo + 1,
        stepCount: task.stepCount,
        role,
        revision: task.revision,
        submittedBy: task.submittedBy,
        warnings: task.warnings,
      });
      return { articleStatus: article.status };
    }
    if (task.revision !== null) return { articleStatus: await this.applyRevision(article, task.revision, principal.id) };
    const articleStatus = await this.publication.publish(article, new Date(), principal.id);
    crashPoint('approve.after-publish');
    return { articleStatus };
  }

  reject(taskId: number, principal: Principal, comment: string): Promise<{ articleStatus: ArticleStatus }> {
    return this.decide(taskId, principal, (task, article) => this.rejectInUnit(task, article, principal, comment));
  }

  private async rejectInUnit(task: ReviewTask, article: Article, principal: Principal, comment: string) {
    await this.close(task, 'rejected', principal, comment);
    // A rejected edit of a live article leaves the live version as it is; the edit waits for its author.
    if (task.revision === null) await this.publication.transition(article, ['pending'], { status: 'rejected' });
    await this.history.record({
      siteId: task.siteId,
      articleId: task.articleId,
      action: 'rejected',
      userId: principal.id,
      step: task.stepNo + 1,
      comment,
    });
    return { articleStatus: task.revision === null ? 'rejected' : article.status };
  }
}
