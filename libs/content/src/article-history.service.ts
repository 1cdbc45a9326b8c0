import { Injectable } from '@nestjs/common';
import { User } from '@zhanqun/auth';
import { DataSource, In, type EntityManager } from 'typeorm';
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

/** The full story of an article: who, when, which step, what, with what comment. */
@Injectable()
export class ArticleHistory {
  constructor(private readonly dataSource: DataSource) {}

  async record(
    entry: { siteId: number; articleId: number; action: HistoryAction; userId: number | null; step?: number | null; comment?: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(ArticleHistoryEntry).insert({ step: null, comment: '', ...entry, at: new Date() });
  }

  async list(siteId: number, articleId: number): Promise<{ items: HistoryEntryView[] }> {
    const rows = await this.dataSource
      .getRepository(ArticleHistoryEntry)
      .find({ where: { siteId, articleId }, order: { at: 'ASC', id: 'ASC' } });
    return { items: await this.views(rows) };
  }

  /**
   * The rejection each of the articles is waiting on: its latest review decision when nothing was
   * submitted since (a resubmitted article is no longer returned).
   */
  async lastRejections(siteId: number, articleIds: number[]): Promise<Map<number, HistoryEntryView>> {
    if (!articleIds.length) return new Map();
    const rows = await this.dataSource.getRepository(ArticleHistoryEntry).find({
      where: { siteId, articleId: In(articleIds), action: In(['submitted', 'rejected']) },
      order: { at: 'ASC', id: 'ASC' },
    });
    const latest = new Map(rows.map((row) => [row.articleId, row]));
    const rejected = [...latest.values()].filter((row) => row.action === 'rejected');
    const views = await this.views(rejected);
    return new Map(rejected.map((row, i) => [row.articleId, views[i]]));
  }

  private async views(rows: ArticleHistoryEntry[]): Promise<HistoryEntryView[]> {
    const ids = [...new Set(rows.map((row) => row.userId).filter((id): id is number => id !== null))];
    const users = ids.length
      ? await this.dataSource.getRepository(User).find({ where: { id: In(ids) }, select: { id: true, displayName: true } })
      : [];
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
