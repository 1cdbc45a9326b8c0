import { Injectable } from '@nestjs/common';
import { Article, type ReviewStalls } from '@zhanqun/content';
import { Site, type SiteCategory } from '@zhanqun/tenancy';
import { In, type SelectQueryBuilder } from 'typeorm';
import { ReviewTask, type ReviewRole } from './entities';
import { STEP_NAMES } from './step-names';
import { taskSummary } from './workflow.service';
import { Database } from '@zhanqun/shared';

const OFFICE_NAMES: Record<SiteCategory, string> = { party: '党群', government: '政府' };

/**
 * No enabled account may act on the task (the same reach as WorkflowService's): a grant of the
 * step's role on the task's site, or at the portal the security reviewers, and the 两办 reviewers
 * of the office matching the site's category; the article's author and submitter do not count.
 */
const NOBODY_CAN_ACT = `NOT EXISTS (
  SELECT 1 FROM role_grants g INNER JOIN users u ON u.id = g.user_id
  WHERE g.role = t.role AND u.disabled = 0 AND u.id <> t.submitted_by AND NOT (a.created_by <=> u.id)
    AND (g.site_id = t.site_id
      OR (g.site_id = :portalId AND (t.role = 'security_reviewer' OR (t.role = 'portal_reviewer' AND u.office = s.category)))))`;

/** What is missing for the task to move on, in words the portal center acts on. */
function missingReviewer(role: ReviewRole, category: SiteCategory): string {
  const step = STEP_NAMES[role];
  if (role === 'portal_reviewer') {
    return `没有账号可以处理「${step}」:需要门户中心负责${OFFICE_NAMES[category]}类单位的两办审核员(portal_reviewer,office=${category})`;
  }
  if (role === 'security_reviewer') return `没有账号可以处理「${step}」:需要门户中心的保密审查员(security_reviewer)`;
  return `没有账号可以处理「${step}」:需要本站持有 ${role} 角色的启用账号(作者和送审人本人不能审核)`;
}

/**
 * Pending review tasks that no current account can act on: a step whose reviewers were never
 * granted, were disabled or lack an office would wait forever. The portal center lists them
 * (`GET /reviews/stalled`); the article's views carry `reviewStalled` (REVIEW_STALLS).
 */
@Injectable()
export class StalledTasks implements ReviewStalls {
  constructor(private readonly db: Database) {}

  private async stalled(): Promise<SelectQueryBuilder<ReviewTask>> {
    const portal = await this.db.platform(Site).findOne({ where: { kind: 'portal' }, select: { id: true } });
    return this.db
      .crossTenant('reviewInbox')
      .repository(ReviewTask)
      .createQueryBuilder('t')
      .innerJoin(Site, 's', 's.id = t.site_id')
      .innerJoin(Article, 'a', 'a.id = t.article_id')
      .where('t.status = :pending', { pending: 'pending' })
      .andWhere(NOBODY_CAN_ACT, { portalId: portal?.id ?? 0 });
  }

  async stalledAmong(siteId: number, articleIds: number[]): Promise<Set<number>> {
    const query = await this.stalled();
    const tasks = await query
      .andWhere('t.site_id = :siteId AND t.article_id IN (:...articleIds)', { siteId, articleIds })
      .select('t.article_id', 'articleId')
      .getRawMany<{ articleId: number }>();
    return new Set(tasks.map((task) => Number(task.articleId)));
  }

  /** Every stalled task of the group, oldest first (at most 500), with what it misses. */
  async list() {
    const query = await this.stalled();
    const tasks = await query.orderBy('t.created_at', 'ASC').addOrderBy('t.id', 'ASC').take(500).getMany();
    if (tasks.length === 0) return { items: [] };
    const siteIds = In(tasks.map((task) => task.siteId));
    const articleIds = In(tasks.map((task) => task.articleId));
    const [sites, articles] = await Promise.all([
      this.db.platform(Site).find({ where: { id: siteIds }, select: { id: true, name: true, category: true } }),
      this.db
        .crossTenant('reviewInbox')
        .repository(Article)
        .find({ where: { id: articleIds }, select: { id: true, title: true } }),
    ]);
    const siteById = new Map(sites.map((site) => [site.id, site]));
    const titles = new Map(articles.map((article) => [article.id, article.title]));
    return {
      items: tasks.map((task) => {
        const site = siteById.get(task.siteId)!;
        return {
          ...taskSummary(task, site.name, titles.get(task.articleId) ?? ''),
          missing: missingReviewer(task.role as ReviewRole, site.category),
        };
      }),
    };
  }
}
