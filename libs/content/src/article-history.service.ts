import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ArticleHistoryEntry } from './article-history.entity';

export type HistoryAction = 'created' | 'submitted' | 'approved' | 'rejected' | 'withdrawn' | 'published' | 'scheduled' | 'unpublished';

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

  async list(siteId: number, articleId: number) {
    const rows = await this.dataSource
      .getRepository(ArticleHistoryEntry)
      .find({ where: { siteId, articleId }, order: { at: 'ASC', id: 'ASC' } });
    return { items: rows.map(({ action, userId, step, comment, at }) => ({ action, userId, step, comment, at })) };
  }
}
