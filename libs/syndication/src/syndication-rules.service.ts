import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { Database, runInTenant, UnitOfWork } from '@zhanqun/shared';
import type { TargetDto } from './dto/syndication.dto';
import { SyndicationTargets } from './syndication-targets';
import { SyndicationRule } from './syndication-rule.entity';

/** Automatic submission rules: a unit column submits every article going live in it to a portal column. */
@Injectable()
export class SyndicationRulesService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly targets: SyndicationTargets,
  ) {}

  /** The rules of the site in context. */
  private get rules() {
    return this.db.tenant(SyndicationRule);
  }

  /** Runs `work` in the tenant context of the unit whose column the rule belongs to. */
  private ofSite<T>(siteId: number, work: () => Promise<T>): Promise<T> {
    return runInTenant({ siteId }, work);
  }

  /** The site's column (`lock`: for update, so that two changes of its rule take turns). */
  private async column(columnId: number, lock = false): Promise<SiteColumn> {
    const column = await this.db
      .tenant(SiteColumn)
      .findOne({ where: { id: columnId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!column) throw new NotFoundException('栏目不存在');
    return column;
  }

  private view(rule: SyndicationRule) {
    const { columnId, targetSiteId, targetColumnId, updatedAt } = rule;
    return { columnId, targetSiteId, targetColumnId, updatedAt };
  }

  get(siteId: number, columnId: number) {
    return this.ofSite(siteId, async () => {
      await this.column(columnId);
      const rule = await this.rules.findOneBy({ columnId });
      if (!rule) throw new NotFoundException('该栏目未设置自动报送规则');
      return this.view(rule);
    });
  }

  set(siteId: number, columnId: number, target: TargetDto, actorId: number) {
    return this.ofSite(siteId, () =>
      this.uow.run(async () => {
        const column = await this.column(columnId, true);
        if (column.kind === 'link') throw new BadRequestException('外链栏目没有文章,不能设置自动报送');
        await this.targets.check(siteId, target.targetSiteId, target.targetColumnId);
        await this.rules.save(this.rules.create({ columnId, ...target, updatedBy: actorId }));
        return this.view((await this.rules.findOneBy({ columnId }))!);
      }),
    );
  }

  remove(siteId: number, columnId: number): Promise<void> {
    return this.ofSite(siteId, async () => {
      await this.column(columnId);
      if (!(await this.rules.delete({ columnId }))) throw new NotFoundException('该栏目未设置自动报送规则');
    });
  }

  forColumn(siteId: number, columnId: number): Promise<SyndicationRule | null> {
    return this.ofSite(siteId, () => this.rules.findOneBy({ columnId }));
  }
}
