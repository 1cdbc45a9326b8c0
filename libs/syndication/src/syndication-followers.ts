import { HttpException, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Article } from '@zhanqun/content';
import { Database, OutboxHandlers, runInTenant } from '@zhanqun/shared';
import { IsNull, Not } from 'typeorm';
import { SyndicatedArticles } from './syndicated-articles';
import { SyndicationRulesService } from './syndication-rules.service';
import { SyndicationsService } from './syndications.service';
import { Syndication } from './syndication.entity';

/**
 * Reactions to the source's publishing events (outbox handlers, run by the worker's relay):
 * references follow their source's edits and withdrawal, and a column's rule submits what goes
 * live in it. A failure is retried by the relay; every reaction is idempotent (a reference takes
 * the source's current content, a rule submits at most once per column).
 */
@Injectable()
export class SyndicationFollowers implements OnModuleInit {
  private readonly logger = new Logger(SyndicationFollowers.name);

  constructor(
    private readonly db: Database,
    private readonly handlers: OutboxHandlers,
    private readonly syndications: SyndicationsService,
    private readonly rules: SyndicationRulesService,
    private readonly adopted: SyndicatedArticles,
  ) {}

  onModuleInit(): void {
    this.handlers.on('article.live', async ({ siteId, articleId, change }) => {
      if (change === 'published') await this.submitByRule(siteId, articleId);
      await this.refreshReferences(siteId, articleId);
    });
    this.handlers.on('article.withdrawn', ({ siteId, articleId }) => this.withdrawn(siteId, articleId));
  }

  private async withdrawn(siteId: number, articleId: number): Promise<void> {
    for (const reference of await this.references(siteId, articleId)) {
      if (reference.suspended) continue;
      if (await this.adopted.suspend(reference)) await this.repository.update({ id: reference.id }, { suspended: true });
    }
  }

  private get repository() {
    return this.db.crossTenant('syndication').repository(Syndication);
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
    const source = await runInTenant({ siteId }, () => this.db.tenant(Article).findOneBy({ id: articleId }));
    if (!source || source.status !== 'published') return;
    for (const reference of references) {
      if (await this.adopted.refresh(reference, source)) await this.repository.update({ id: reference.id }, { suspended: false });
    }
  }

  /** Articles adopted from elsewhere are not submitted onwards by rules (no loops between sites). */
  private async submitByRule(siteId: number, articleId: number): Promise<void> {
    const article = await runInTenant({ siteId }, () => this.db.tenant(Article).findOneBy({ id: articleId }));
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
}
