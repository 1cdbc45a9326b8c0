import { Injectable } from '@nestjs/common';
import { Article, ArticlePublication, RevisionsService } from '@zhanqun/content';
import { MediaCopies, MediaLinks } from '@zhanqun/media';
import { Database, runInTenant, UnitOfWork } from '@zhanqun/shared';
import { SyndicationTargets } from './syndication-targets';
import { Syndication } from './syndication.entity';

/** Links and images of the source body that are relative to its site must point there on the portal. */
function absoluteUrls(body: string, origin: string): string {
  if (!origin) return body;
  return body.replace(/(\s(?:src|href))="\/(?!\/)/g, `$1="${origin}/`);
}

/**
 * The articles adoption creates on the target site, and how a reference follows its source. Each
 * method is one unit of work on the target site, where the adopted article lives (joining the
 * adoption's own when called from it).
 */
@Injectable()
export class SyndicatedArticles {
  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    private readonly targets: SyndicationTargets,
    private readonly revisions: RevisionsService,
    private readonly publication: ArticlePublication,
    private readonly media: MediaCopies,
    private readonly mediaLinks: MediaLinks,
  ) {}

  /** Articles of the site in context. */
  private get articles() {
    return this.db.tenant(Article);
  }

  private onTarget<T>(syndication: Syndication, work: () => Promise<T>): Promise<T> {
    return runInTenant({ siteId: syndication.targetSiteId }, () => this.uow.run(work));
  }

  /**
   * The source's cover and attachments as files of the target site, so the adopted page keeps
   * them (and picture news keeps its picture) whatever happens to the unit's copy.
   */
  private async files(source: Article, targetSiteId: number, actorId: number | null) {
    const copy = (id: number) => this.media.copy(source.siteId, id, targetSiteId, actorId);
    const cover = source.coverImageId ? await copy(source.coverImageId) : null;
    const attachments = [];
    for (const id of source.attachmentIds) attachments.push(await copy(id));
    return {
      coverImageId: cover?.id ?? null,
      pictureNews: source.pictureNews && cover !== null,
      attachmentIds: attachments.flatMap((file) => (file ? [file.id] : [])),
    };
  }

  /** The fields the adopted article takes from its source: content, the unit's name and a link back. */
  private async taken(source: Article) {
    const [names, sourceUrl, origin] = await Promise.all([
      this.targets.siteNames([source.siteId]),
      this.targets.articleUrl(source),
      this.targets.origin(source.siteId),
    ]);
    return {
      title: source.title,
      subtitle: source.subtitle,
      summary: source.summary,
      body: absoluteUrls(source.body, origin),
      author: source.author,
      keywords: source.keywords,
      source: names.get(source.siteId) ?? '',
      ...(sourceUrl ? { sourceUrl } : {}),
    };
  }

  /** Creates the adopted article in the target column and publishes it at once. */
  adopt(syndication: Syndication, source: Article, actorId: number): Promise<Article> {
    return this.onTarget(syndication, async () => {
      const article = await this.articles.save(
        this.articles.create({
          ...(await this.taken(source)),
          ...(await this.files(source, syndication.targetSiteId, actorId)),
          columnId: syndication.targetColumnId,
          headline: syndication.headline,
          status: 'draft',
          createdBy: actorId,
          updatedBy: actorId,
        }),
      );
      await this.revisions.keep(article, actorId);
      await this.mediaLinks.replace(article);
      // Recorded before publishing, so that going live knows it as an adopted article (no rule submits it onwards).
      await this.db.crossTenant('syndication').repository(Syndication).update({ id: syndication.id }, { adoptedArticleId: article.id });
      syndication.adoptedArticleId = article.id;
      await this.publication.publish(article, new Date(), actorId);
      return article;
    });
  }

  /** A reference takes the source's live content again; back online if the source's withdrawal took it offline. */
  refresh(syndication: Syndication, source: Article): Promise<boolean> {
    return this.onTarget(syndication, async () => {
      const article = await this.articles.findOneBy({ id: syndication.adoptedArticleId! });
      if (!article) return false;
      const previousColumnId = article.columnId;
      const fields = { ...(await this.taken(source)), ...(await this.files(source, article.siteId, syndication.decidedBy)) };
      await this.articles.update({ id: article.id }, fields);
      Object.assign(article, fields);
      await this.mediaLinks.replace(article);
      if (syndication.suspended && article.status === 'offline') {
        await this.publication.publish(article, new Date(), syndication.decidedBy);
        return true;
      }
      if (article.status === 'published') await this.publication.liveChanged(article, previousColumnId);
      return false;
    });
  }

  /** Takes a reference offline with its source. Returns whether it was live. */
  suspend(syndication: Syndication): Promise<boolean> {
    return this.onTarget(syndication, async () => {
      const article = await this.articles.findOneBy({ id: syndication.adoptedArticleId! });
      if (!article || article.status !== 'published') return false;
      await this.publication.unpublish(article, null);
      return true;
    });
  }
}
