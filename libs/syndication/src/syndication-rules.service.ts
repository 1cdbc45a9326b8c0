import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { SiteColumn } from '@zhanqun/content';
import { DataSource } from 'typeorm';
import type { TargetDto } from './dto/syndication.dto';
import { SyndicationTargets } from './syndication-targets';
import { SyndicationRule } from './syndication-rule.entity';

/** Automatic submission rules: a unit column submits every article going live in it to a portal column. */
@Injectable()
export class SyndicationRulesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly targets: SyndicationTargets,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(SyndicationRule);
  }

  private async column(siteId: number, columnId: number): Promise<SiteColumn> {
    const column = await this.dataSource.getRepository(SiteColumn).findOneBy({ id: columnId, siteId });
    if (!column) throw new NotFoundException('栏目不存在');
    return column;
  }

  private view(rule: SyndicationRule) {
    const { columnId, targetSiteId, targetColumnId, updatedAt } = rule;
    return { columnId, targetSiteId, targetColumnId, updatedAt };
  }

  async get(siteId: number, columnId: number) {
    await this.column(siteId, columnId);
    const rule = await this.repository.findOneBy({ columnId, siteId });
    if (!rule) throw new NotFoundException('该栏目未设置自动报送规则');
    return this.view(rule);
  }

  async set(siteId: number, columnId: number, target: TargetDto, actorId: number) {
    const column = await this.column(siteId, columnId);
    if (column.kind === 'link') throw new BadRequestException('外链栏目没有文章,不能设置自动报送');
    await this.targets.check(siteId, target.targetSiteId, target.targetColumnId);
    await this.repository.save({ columnId, siteId, ...target, updatedBy: actorId });
    return this.view(await this.repository.findOneByOrFail({ columnId, siteId }));
  }

  async remove(siteId: number, columnId: number): Promise<void> {
    await this.column(siteId, columnId);
    const result = await this.repository.delete({ columnId, siteId });
    if (!result.affected) throw new NotFoundException('该栏目未设置自动报送规则');
  }

  async forColumn(siteId: number, columnId: number): Promise<SyndicationRule | null> {
    return this.repository.findOneBy({ columnId, siteId });
  }
}
