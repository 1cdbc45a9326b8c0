import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { ReviewChain, type ReviewRole } from './entities';
import { DEFAULT_CHAIN } from './step-names';

/**
 * Which chain applies to an article: its column's if the portal center set one, else its
 * site's, else the platform default (the three levels unless the portal center changed it).
 */
@Injectable()
export class ReviewChainsService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(ReviewChain);
  }

  async platformDefault(): Promise<ReviewRole[]> {
    return (await this.repository.findOneBy({ siteId: IsNull(), columnId: IsNull() }))?.steps ?? DEFAULT_CHAIN;
  }

  async resolve(siteId: number, columnId: number): Promise<ReviewRole[]> {
    const [column, site] = await Promise.all([
      this.repository.findOneBy({ siteId, columnId }),
      this.repository.findOneBy({ siteId, columnId: IsNull() }),
    ]);
    return column?.steps ?? site?.steps ?? this.platformDefault();
  }

  /** Sets (steps) or clears (null) the chain of a scope: platform (no site), site, or column. */
  async set(siteId: number | null, columnId: number | null, steps: ReviewRole[] | null): Promise<void> {
    const where = { siteId: siteId ?? IsNull(), columnId: columnId ?? IsNull() };
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(ReviewChain).delete(where);
      if (steps) await manager.getRepository(ReviewChain).insert({ siteId, columnId, steps });
    });
  }

  async get(siteId: number | null, columnId: number | null): Promise<ReviewRole[] | null> {
    return (await this.repository.findOneBy({ siteId: siteId ?? IsNull(), columnId: columnId ?? IsNull() }))?.steps ?? null;
  }

  /** The columns of a site that have a chain of their own, by column id. */
  async columnChains(siteId: number): Promise<{ columnId: number; steps: ReviewRole[] }[]> {
    const rows = await this.repository.find({ where: { siteId, columnId: Not(IsNull()) }, order: { columnId: 'ASC' } });
    return rows.map((row) => ({ columnId: row.columnId!, steps: row.steps }));
  }
}
