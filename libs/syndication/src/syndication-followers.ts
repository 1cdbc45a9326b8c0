import { HttpException, Injectable, Logger } from '@nestjs/common';
import { Article } from '@zhanqun/content';
import type { ArticleFollowers } from '@zhanqun/shared';
import { DataSource, IsNull, Not } from 'typeorm';
import { SyndicatedArticles } from './syndicated-articles';
import { SyndicationRulesService } from './syndication-rules.service';
import { SyndicationsService } from './syndications.service';
import { Syndication } from './syndication.entity';

/**
 * Content's ARTICLE_FOLLOWERS: references follow their source's edits and withdrawal, and a
 * column's rule submits what goes live in it. Failures are logged, never fail the source's action.
 */
@Injectable()
export class SyndicationFollowers implements ArticleFollowers {
  private readonly logger = new Logger(SyndicationFollowers.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly syndications: SyndicationsService,
    private readonly rules: SyndicationRulesService,
    private readonly adopted: SyndicatedArticles,
  ) {}

  async published(siteId: number, articleId: number): Promise<void> {
    await this.guarded('published', siteId, articleId, async () => {
      await this.submitByRule(siteId, articleId);
      await this.refreshReferences(siteId, articleId);
    });
  }

  async changed(siteId: number, articleId: number): Promise<void> {
    await this.guarded('changed', siteId, articleId, () => this.refreshReferences(siteId, articleId));
  }

  async withdrawn(siteId: number, articleId: number): Promise<void> {
    await this.guarded('withdrawn', siteId, articleId, async () => {
      for (const reference of await this.references(siteId, articleId)) {
        if (reference.suspended) continue;
        if (await this.adopted.suspend(reference)) await this.repository.update({ id: reference.id }, { suspended: true });
      }
    });
  }

  private get repository() {
    return this.dataSource.getRepository(Syndication);
  }

  private references(siteId: number, articleId: number): Promise<Syndication[]> {
    // An adoption still in progress has no article yet: it catches up with its source when done.
    return this.repository.findBy({
      sourceSiteId: siteId,
      sourceArticleId: articleId,
      status: 'adopted',
      mode: 'reference',
      adoptedArticleId: Not(IsNull()),
    });
  }

  private async refreshReferences(siteId: number, articleId: number): Promise<void> {
    const references = await this.references(siteId, articleId);
    if (!references.length) return;
    const source = await this.dataSource.getRepository(Article).findOneBy({ id: articleId, siteId });
    if (!source || source.status !== 'published') return;
    for (const reference of references) {
      if (await this.adopted.refresh(reference, source)) await this.repository.update({ id: reference.id }, { suspended: false });
    }
  }

  /** Articles adopted from elsewhere are not submitted onwards by rules (no loops between sites). */
  private async submitByRule(siteId: number, articleId: number): Promise<void> {
    const article = await this.dataSource.getRepository(Article).findOneBy({ id: articleId, siteId });
    if (!article) return;
    const rule = await this.rules.forColumn(siteId, article.columnId);
    if (!rule || (await this.repository.existsBy({ adoptedArticleId: articleId, targetSiteId: siteId }))) return;
    try {
      const target = { targetSiteId: rule.targetSiteId, targetColumnId: rule.targetColumnId };
      await this.syndications.submit(siteId, articleId, target, article.updatedBy, true);
    } catch (error) {
      // Already pending or adopted there, or the target column changed since: nothing to submit.
      if (!(error instanceof HttpException)) throw error;
      this.logger.log(`Rule of column ${rule.columnId} did not submit article ${articleId}: ${error.message}`);
    }
  }

  private async guarded(event: string, siteId: number, articleId: number, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error(`Following ${event} article ${articleId} of site ${siteId} failed: ${(error as Error).stack ?? error}`);
    }
  }
}
