import { articlePath } from './article-path';
import type { Article } from './article.entity';

/** The `article` object of the API; `url` only while it is live. */
export function articleView(article: Article, columnPath: string | undefined, origin: string, withBody = true) {
  const live = article.status === 'published' && article.publishedAt && columnPath !== undefined;
  return {
    id: article.id,
    siteId: article.siteId,
    columnId: article.columnId,
    title: article.title,
    subtitle: article.subtitle,
    summary: article.summary,
    ...(withBody ? { body: article.body } : {}),
    source: article.source,
    sourceUrl: article.sourceUrl,
    author: article.author,
    keywords: article.keywords,
    status: article.status,
    headline: article.headline,
    pictureNews: article.pictureNews,
    coverImageId: article.coverImageId,
    attachmentIds: article.attachmentIds,
    indexNo: article.indexNo,
    issuer: article.issuer,
    writtenOn: article.writtenOn,
    docNo: article.docNo,
    topic: article.topic,
    validity: article.validity,
    pendingRevision: article.pendingRevision,
    publishAt: article.publishAt,
    expireAt: article.expireAt,
    publishedAt: article.publishedAt,
    createdBy: article.createdBy,
    updatedBy: article.updatedBy,
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    url: live ? origin + articlePath(columnPath!, article.publishedAt!, article.id) : null,
  };
}

/** With `reviewStalled`, which ArticlesService adds (the review chain knows it, see review-stalls.ts). */
export type ArticleView = ReturnType<typeof articleView> & { reviewStalled: boolean };
