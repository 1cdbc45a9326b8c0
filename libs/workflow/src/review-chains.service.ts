import { Injectable } from '@nestjs/common';
import { ColumnsService } from '@zhanqun/content';
import { Database, runInTenant, UnitOfWork } from '@zhanqun/shared';
import { IsNull, Not } from 'typeorm';
import { ReviewChain, type ReviewRole } from './entities';
import { DEFAULT_CHAIN } from './step-names';

/** A chain of a site or of one of its columns: `db.tenant()` reads the rows whose `siteId` is set. */
type SiteChain = ReviewChain & { siteId: number };

/**
 * Which chain applies to an article: its column's if the portal center set one, else its
 * site's, else the platform default (the three levels unless the portal center changed it).
 */
@Injectable()
export class ReviewChainsService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly columns: ColumnsService,
  ) {}

  /** The platform default is the row of no site and no column, the portal center's. */
  private get platformChains() {
    return this.db.crossTenant('portalCenter').repository(ReviewChain);
  }

  /** The chains of the site in context: its own (no column) and its columns'. */
  private get siteChains() {
    return this.db.tenant<SiteChain>(ReviewChain);
  }

  async platformDefault(): Promise<ReviewRole[]> {
    return (await this.get(null, null)) ?? DEFAULT_CHAIN;
  }

  resolve(siteId: number, columnId: number): Promise<ReviewRole[]> {
    return runInTenant({ siteId }, async () => {
      const [column, site] = await Promise.all([
        this.siteChains.findOneBy({ columnId }),
        this.siteChains.findOneBy({ columnId: IsNull() }),
      ]);
      return column?.steps ?? site?.steps ?? this.platformDefault();
    });
  }

  /** Sets (steps) or clears (null) the chain of a scope: platform (no site), site, or column. */
  set(siteId: number | null, columnId: number | null, steps: ReviewRole[] | null): Promise<void> {
    if (siteId === null) {
      return this.uow.run(async () => {
        await this.platformChains.delete({ siteId: IsNull(), columnId: columnId ?? IsNull() });
        if (steps) await this.platformChains.insert({ siteId, columnId, steps });
      });
    }
    return runInTenant({ siteId }, () =>
      this.uow.run(async () => {
        await this.siteChains.delete({ columnId: columnId ?? IsNull() });
        if (steps) await this.siteChains.insert({ columnId, steps });
      }),
    );
  }

  /** Sets a column's own chain: the column must be one of the site's, checked in the same unit of work. */
  setForColumn(siteId: number, columnId: number, steps: ReviewRole[]): Promise<void> {
    return runInTenant({ siteId }, () =>
      this.uow.run(async () => {
        const column = await this.columns.get(columnId);
        await this.set(siteId, column.id, steps);
      }),
    );
  }

  async get(siteId: number | null, columnId: number | null): Promise<ReviewRole[] | null> {
    const chain =
      siteId === null
        ? await this.platformChains.findOneBy({ siteId: IsNull(), columnId: columnId ?? IsNull() })
        : await runInTenant({ siteId }, () => this.siteChains.findOneBy({ columnId: columnId ?? IsNull() }));
    return chain?.steps ?? null;
  }

  /** The columns of a site that have a chain of their own, by column id. */
  columnChains(siteId: number): Promise<{ columnId: number; steps: ReviewRole[] }[]> {
    return runInTenant({ siteId }, async () => {
      const rows = await this.siteChains.find({ where: { columnId: Not(IsNull()) }, order: { columnId: 'ASC' } });
      return rows.map((row) => ({ columnId: row.columnId!, steps: row.steps }));
    });
  }
}
