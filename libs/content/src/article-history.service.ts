import { Injectable } from '@nestjs/common';
import { User } from '@zhanqun/auth';
import { Database, requireTenant, type TenantRepository } from '@zhanqun/shared';
import { In } from 'typeorm';
import { ArticleHistoryEntry } from './article-history.entity';

export type HistoryAction = 'created' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'published' | 'scheduled' | 'unpublished';

/** A history entry as the API shows it: the actor by name as well as by id. */
export interface HistoryEntryView {
  action: string;
  userId: number | null;
  userName: string | null;
  step: number | null;
  comment: string;
  at: Date;
}

/** The full story of an article of the tenant's site: who, when, which step, what, with what comment. */
@Injectable()
export class ArticleHistory {
  private readonly entries: TenantRepository<ArticleHistoryEntry>;

  constructor(private readonly db: Database) {
    this.entries = db.tenant(ArticleHistoryEntry);
  }

  /** `siteId`, when given, must be the tenant's: the entry is written to the site in context. */
  async record(entry: {
    siteId?: number;
    articleId: number;
    action: HistoryAction;
    userId: number | null;
    step?: number | null;
    comment?: string;
  }): Promise<void> {
    const { siteId, ...fields } = entry;
    requireTenant(siteId);
    await this.entries.insert({ step: null, comment: '', ...fields, at: new Date() });
  }

  /** `siteId` must be the tenant's. */
  async list(siteId: number, articleId: number): Promise<{ items: HistoryEntryView[] }> {
    requireTenant(siteId);
    const rows = await this.entries.find({ where: { articleId }, order: { at: 'ASC', id: 'ASC' } });
    return { items: await this.views(rows) };
  }

  /**
   * The rejection each of the articles is waiting on: its latest review decision when nothing was
   * submitted since (a resubmitted article is no longer returned).
   */
  async lastRejections(articleIds: number[]): Promise<Map<number, HistoryEntryView>> {
    if (!articleIds.length) return new Map();
    const rows = await this.entries.find({
      where: { articleId: In(articleIds), action: In(['submitted', 'rejected']) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const latest = new Map(rows.map((row) => [row.articleId, row]));
    const rejected = [...latest.values()].filter((row) => row.action === 'rejected');
    const views = await this.views(rejected);
    return new Map(rejected.map((row, i) => [row.articleId, views[i]]));
  }

  private async views(rows: ArticleHistoryEntry[]): Promise<HistoryEntryView[]> {
    const ids = [...new Set(rows.map((row) => row.userId).filter((id): id is number => id !== null))];
    const users = ids.length ? await this.db.platform(User).find({ where: { id: In(ids) }, select: { id: true, displayName: true } }) : [];
    const names = new Map(users.map((user) => [user.id, user.displayName]));
    return rows.map(({ action, userId, step, comment, at }) => ({
      action,
      userId,
      userName: userId === null ? null : (names.get(userId) ?? null),
      step,
      comment,
      at,
    }));
  }
}
