import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { isPlatformAdmin, User, type Principal } from '@zhanqun/auth';
import { Article, bodyText, SiteColumn } from '@zhanqun/content';
import { crashPoint, Database, isDuplicateEntry, runInTenant, UnitOfWork } from '@zhanqun/shared';
import { In, type FindOptionsWhere } from 'typeorm';
import { decidedSiteIds, decidesFor } from './deciders';
import type { AdoptDto, ListSyndicationsQuery, TargetDto } from './dto/syndication.dto';
import { countChars, remunerationFen, yuan } from './remuneration';
import { SyndicatedArticles } from './syndicated-articles';
import { SyndicationRatesService } from './syndication-rates.service';
import { SyndicationTargets } from './syndication-targets';
import { Syndication, type SyndicationStatus } from './syndication.entity';

function openKey(articleId: number, columnId: number): string {
  return `${articleId}:${columnId}`;
}

/** 信息报送: units submit live articles to portal columns; the portal's staff adopt or decline them. */
@Injectable()
export class SyndicationsService {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly targets: SyndicationTargets,
    private readonly adopted: SyndicatedArticles,
    private readonly rates: SyndicationRatesService,
  ) {}

  /** Submissions link a source site and a target site: both sides read them. */
  private get repository() {
    return this.db.crossTenant('syndication').repository(Syndication);
  }

  /** `siteId` is the caller's (tenant) site: another site's article is simply not found. */
  async submit(siteId: number, articleId: number, target: TargetDto, actorId: number | null, automatic = false) {
    const article = await runInTenant({ siteId }, () => this.db.tenant(Article).findOneBy({ id: articleId }));
    if (!article) throw new NotFoundException('文章不存在');
    if (article.status !== 'published') throw new ConflictException('只有已发布的文章可以报送');
    await this.targets.check(siteId, target.targetSiteId, target.targetColumnId);
    try {
      const saved = await this.repository.save(
        this.repository.create({
          sourceSiteId: siteId,
          sourceArticleId: article.id,
          targetSiteId: target.targetSiteId,
          targetColumnId: target.targetColumnId,
          status: 'submitted',
          openKey: openKey(article.id, target.targetColumnId),
          title: article.title,
          sourceUrl: await this.targets.articleUrl(article),
          automatic,
          submittedBy: actorId,
          submittedAt: new Date(),
        }),
      );
      return { id: saved.id, status: saved.status };
    } catch (error) {
      if (isDuplicateEntry(error)) throw new ConflictException('该文章已报送到此栏目,正在等待处理或已被采用');
      throw error;
    }
  }

  /** The sites whose queue the caller may see: `only` if allowed, else every site they decide for. */
  private decidedSites(principal: Principal, only?: number): number[] | 'all' {
    if (only !== undefined) {
      if (!decidesFor(principal, only)) throw new ForbiddenException('无权查看该站点收到的报送信息');
      return [only];
    }
    if (isPlatformAdmin(principal)) return 'all';
    return decidedSiteIds(principal);
  }

  async list(principal: Principal, query: ListSyndicationsQuery) {
    const sites = this.decidedSites(principal, query.targetSiteId);
    if (sites !== 'all' && sites.length === 0) return { items: [], total: 0, page: query.page ?? 1, pageSize: query.pageSize ?? 20 };
    return this.page(query, sites === 'all' ? {} : { targetSiteId: In(sites) });
  }

  /** What a unit submitted, with the portal's decisions (declined: the reason). */
  async submittedBy(siteId: number, query: ListSyndicationsQuery) {
    return this.page(query, { sourceSiteId: siteId, ...(query.targetSiteId ? { targetSiteId: query.targetSiteId } : {}) });
  }

  private async page(query: ListSyndicationsQuery, scope: FindOptionsWhere<Syndication>) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const where = { ...scope, ...(query.status ? { status: query.status } : {}) };
    const [rows, total] = await this.repository.findAndCount({ where, order: { id: 'DESC' }, skip: (page - 1) * pageSize, take: pageSize });
    return { items: await this.views(rows), total, page, pageSize };
  }

  private async views(rows: Syndication[]) {
    const names = await this.targets.siteNames([...new Set(rows.flatMap((row) => [row.sourceSiteId, row.targetSiteId]))]);
    const userIds = [...new Set(rows.map((row) => row.submittedBy).filter((id): id is number => id !== null))];
    const users = userIds.length ? await this.db.platform(User).findBy({ id: In(userIds) }) : [];
    const userNames = new Map(users.map((user) => [user.id, user.displayName]));
    const columnIds = [...new Set(rows.map((row) => row.targetColumnId))];
    const columns = columnIds.length
      ? await this.db
          .crossTenant('syndication')
          .repository(SiteColumn)
          .findBy({ id: In(columnIds) })
      : [];
    const columnNames = new Map(columns.map((column) => [column.id, column.name]));
    return rows.map((row) => ({
      id: row.id,
      status: row.status,
      sourceSiteId: row.sourceSiteId,
      sourceUnit: names.get(row.sourceSiteId) ?? '',
      sourceArticleId: row.sourceArticleId,
      title: row.title,
      sourceUrl: row.sourceUrl,
      targetSiteId: row.targetSiteId,
      targetSiteName: names.get(row.targetSiteId) ?? '',
      targetColumnId: row.targetColumnId,
      targetColumnName: columnNames.get(row.targetColumnId) ?? '',
      automatic: row.automatic,
      submittedAt: row.submittedAt,
      submittedBy: row.submittedBy === null ? null : { id: row.submittedBy, displayName: userNames.get(row.submittedBy) ?? '' },
      mode: row.mode,
      adoptedArticleId: row.adoptedArticleId,
      major: row.major,
      headline: row.headline,
      pictureNews: row.pictureNews,
      chars: row.chars,
      remuneration: yuan(row.remunerationFen),
      declineReason: row.declineReason,
      decidedAt: row.decidedAt,
    }));
  }

  /** The submission, if the caller decides for its target site and it still awaits a decision (`lock`: for update). */
  private async undecided(id: number, principal: Principal, lock = false): Promise<Syndication> {
    const syndication = await this.repository.findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!syndication) throw new NotFoundException('报送信息不存在');
    if (!decidesFor(principal, syndication.targetSiteId)) throw new ForbiddenException('只有目标站点的管理员或编辑可以处理报送信息');
    if (syndication.status !== 'submitted') throw new ConflictException('该报送信息已处理');
    return syndication;
  }

  /** Records the decision on the locked submission. */
  private async decide(syndication: Syndication, changes: Partial<Syndication>): Promise<void> {
    await this.repository.update({ id: syndication.id }, changes);
    Object.assign(syndication, changes);
  }

  /**
   * One unit of work: the submission and the source article are locked, so a second decision
   * waits and finds it decided (409), and the source cannot be edited or withdrawn half-way —
   * its change waits for the commit and then reaches the new reference like any other.
   */
  adopt(id: number, input: AdoptDto, principal: Principal): Promise<{ status: SyndicationStatus; articleId: number }> {
    return this.uow.run(async () => {
      const syndication = await this.undecided(id, principal, true);
      const source = await runInTenant({ siteId: syndication.sourceSiteId }, () =>
        this.db.tenant(Article).findOne({ where: { id: syndication.sourceArticleId }, lock: { mode: 'pessimistic_write' } }),
      );
      if (!source || source.status !== 'published') throw new ConflictException('源文章已下线或已删除,不能采用');
      const column = await runInTenant({ siteId: syndication.targetSiteId }, () =>
        this.db.tenant(SiteColumn).findOneBy({ id: syndication.targetColumnId }),
      );
      if (!column || column.kind !== 'list') throw new ConflictException('目标栏目已不存在或不再是列表栏目');
      const flags = { headline: input.headline ?? source.headline, major: input.major ?? false, pictureNews: source.pictureNews };
      const chars = countChars(bodyText(source.body));
      await this.decide(syndication, {
        status: 'adopted',
        mode: input.mode ?? 'reference',
        ...flags,
        chars,
        remunerationFen: remunerationFen({ chars, ...flags }, await this.rates.current()),
        decidedBy: principal.id,
        decidedAt: new Date(),
      });
      crashPoint('adopt.after-decide');
      const article = await runInTenant({ siteId: syndication.targetSiteId }, () => this.adopted.adopt(syndication, source, principal.id));
      crashPoint('adopt.after-publish');
      return { status: syndication.status, articleId: article.id };
    });
  }

  decline(id: number, reason: string, principal: Principal): Promise<{ status: SyndicationStatus }> {
    return this.uow.run(async () => {
      const syndication = await this.undecided(id, principal, true);
      await this.decide(syndication, {
        status: 'declined',
        openKey: null,
        declineReason: reason,
        decidedBy: principal.id,
        decidedAt: new Date(),
      });
      return { status: syndication.status };
    });
  }
}
