import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, isDisclosureColumn, LIST_PAGE_SIZE, listPath } from '@zhanqun/content';
import { MediaStorage, thumbnailPath } from '@zhanqun/media';
import { chinaDateTime, leadingCharacters } from '@zhanqun/shared';
import type {
  ArticlePage,
  AttachmentView,
  DisclosureView,
  HomePage,
  ListPage,
  NoticePage,
  SinglePage,
  SitemapHtmlPage,
  Theme,
} from '@zhanqun/templating';
import type { PageKey } from './page-keys';
import { PageViews } from './page-views';
import { paginationView } from './pagination';
import type { SiteContent } from './site-content';
import { interactionEntries } from './interaction-entries';
import { subtreeOf } from './site-snapshot';
import { RSS_ITEMS, rssXml } from './rss-xml';
import { sitemapXml } from './sitemap-xml';

export interface RenderedPage {
  /** Site-relative path, e.g. `/zwdt/gzdt/index_2.html`. */
  path: string;
  body: string | Buffer;
}

const HOME_LIST = 8;
const HEADLINES = 5;
const PICTURE_NEWS = 4;
const NOTICES = 8;
/** A feed item without its own summary shows the start of the body. */
const RSS_SUMMARY_CHARS = 200;
/** First-level columns whose latest items are not shown as home blocks. */
const NOT_ON_HOME = new Set(['hdjl', 'jggk']);

/** Turns a page key into the file it stands for, or null when that page should not exist. */
export class PageRenderer {
  constructor(
    private readonly theme: Theme,
    private readonly media: MediaStorage,
  ) {}

  async render(views: PageViews, content: SiteContent, key: PageKey): Promise<RenderedPage | null> {
    switch (key.type) {
      case 'home':
        return { path: '/index.html', body: this.theme.render('home', await this.home(views, content)) };
      case 'list':
        return this.list(views, content, key.columnId, key.page);
      case 'single':
        return this.single(views, content, key.columnId);
      case 'article':
        return this.article(views, content, key.articleId);
      case 'sitemap-xml':
        return { path: '/sitemap.xml', body: await this.sitemapXml(views, content) };
      case 'sitemap-html':
        return { path: '/sitemap.html', body: this.theme.render('sitemap-html', this.sitemapHtml(views)) };
      case 'rss':
        return { path: '/rss.xml', body: await this.rss(views, content) };
      case 'notice':
        return { path: `/${key.status}.html`, body: this.theme.render('notice', noticeView(views, key.status)) };
      case 'asset':
        return { path: `/assets/${key.name}`, body: readFileSync(join(this.theme.assetsDir, key.name)) };
      case 'media':
      case 'thumb':
        return this.mediaFile(content, key.mediaId, key.type === 'thumb');
    }
  }

  /** A file goes out while a live article uses it (a thumbnail: as its cover), and is removed after. */
  private async mediaFile(content: SiteContent, mediaId: number, thumbnail: boolean): Promise<RenderedPage | null> {
    const file = await content.media.find(mediaId, thumbnail ? 'cover' : undefined);
    if (!file) return null;
    const path = thumbnail ? thumbnailPath(file) : file.publicPath;
    return { path, body: await this.media.read(file.siteId, path) };
  }

  private async home(views: PageViews, content: SiteContent): Promise<HomePage> {
    const { snapshot } = views;
    const tops = snapshot.childrenOf.get(null) ?? [];
    const news = tops.find((column) => column.slug === 'zwdt');
    const notices = news && (snapshot.childrenOf.get(news.id) ?? []).find((column) => column.slug === 'tzgg');
    const blocks = [];
    for (const column of tops) {
      if (column.kind !== 'list' || NOT_ON_HOME.has(column.slug)) continue;
      const items = await content.summaries(subtreeOf(snapshot, column.id), 0, HOME_LIST);
      blocks.push({ name: column.name, url: views.columnUrl(column), items: items.map((row) => views.summary(row)) });
    }
    return {
      ...views.base(snapshot.site.name, [], null),
      headlines: (await content.headlines(HEADLINES)).map((row) => views.summary(row)),
      pictureNews: await this.pictureNews(views, content),
      notices: notices ? (await content.summaries([notices.id], 0, NOTICES)).map((row) => views.summary(row)) : [],
      blocks,
    };
  }

  private async pictureNews(views: PageViews, content: SiteContent) {
    const rows = await content.pictureNews(PICTURE_NEWS);
    const covers = await content.media.files(rows.map((row) => row.coverImageId!));
    return rows.flatMap((row) => {
      const cover = covers.get(row.coverImageId!);
      return cover ? [{ ...views.summary(row), imageUrl: thumbnailPath(cover) }] : [];
    });
  }

  private async list(views: PageViews, content: SiteContent, columnId: number, page: number): Promise<RenderedPage | null> {
    const column = views.snapshot.columnsById.get(columnId);
    if (!column || column.kind !== 'list') return null;
    const ids = subtreeOf(views.snapshot, columnId);
    const pageCount = Math.max(1, Math.ceil((await content.count(ids)) / LIST_PAGE_SIZE));
    if (page > pageCount) return null;
    const rows = await content.summaries(ids, (page - 1) * LIST_PAGE_SIZE, LIST_PAGE_SIZE);
    const parentId = column.parentId ?? column.id;
    const view: ListPage = {
      ...views.base(`${column.name}${page > 1 ? ` 第${page}页` : ''} - ${views.site.name}`, views.columnMeta(column), columnId),
      column: { name: column.name, url: listPath(column.path, 1), description: column.description },
      sideNav: views.navItems(parentId, new Set([columnId]), 1),
      items: rows.map((row) => views.summary(row)),
      pagination: paginationView(page, pageCount, (number) => listPath(column.path, number)),
    };
    return { path: listPath(column.path, page), body: this.theme.render('list', view) };
  }

  private async single(views: PageViews, content: SiteContent, columnId: number): Promise<RenderedPage | null> {
    const column = views.snapshot.columnsById.get(columnId);
    if (!column || column.kind !== 'page') return null;
    const [latest] = await content.summaries([columnId], 0, 1);
    const article = latest ? await content.article(latest.id) : null;
    const view: SinglePage = {
      ...views.base(`${column.name} - ${views.site.name}`, views.columnMeta(column), columnId),
      column: { name: column.name, url: listPath(column.path, 1) },
      sideNav: views.navItems(column.parentId ?? column.id, new Set([columnId]), 1),
      article: article ? articleView(views, article, await attachmentsOf(content, article)) : null,
      entries: interactionEntries(column.path),
    };
    return { path: listPath(column.path, 1), body: this.theme.render('single', view) };
  }

  private async article(views: PageViews, content: SiteContent, articleId: number): Promise<RenderedPage | null> {
    const article = await content.article(articleId);
    const column = article && views.snapshot.columnsById.get(article.columnId);
    if (!article || !column || !article.publishedAt) return null;
    const url = views.articleUrl(column.id, article.publishedAt, article.id);
    const view: ArticlePage = {
      ...views.base(`${article.title} - ${views.site.name}`, [...views.columnMeta(column), ...articleMeta(views, article, url)], column.id),
      column: { name: column.name, url: listPath(column.path, 1) },
      article: articleView(views, article, await attachmentsOf(content, article)),
    };
    view.breadcrumb.push({ name: '正文', url });
    return { path: url, body: this.theme.render('article', view) };
  }

  private async sitemapXml(views: PageViews, content: SiteContent): Promise<string> {
    const { origin, columns } = views.snapshot;
    const entries: { url: string; lastModified?: Date }[] = [{ url: `${origin}/index.html` }];
    for (const column of columns) if (column.kind !== 'link') entries.push({ url: origin + listPath(column.path, 1) });
    for (const row of await content.all()) {
      entries.push({ url: origin + views.articleUrl(row.columnId, row.publishedAt, row.id), lastModified: row.updatedAt });
    }
    return sitemapXml(entries);
  }

  private async rss(views: PageViews, content: SiteContent): Promise<string> {
    const { origin, site } = views.snapshot;
    const items = (await content.feed(RSS_ITEMS)).map((row) => ({
      title: row.title,
      link: origin + views.articleUrl(row.columnId, row.publishedAt, row.id),
      publishedAt: row.publishedAt,
      summary: row.summary || bodyText(row.body).slice(0, RSS_SUMMARY_CHARS),
      source: row.source || site.name,
    }));
    const channel = {
      title: site.name,
      origin,
      description: `${site.name}最新信息`,
      copyright: `© ${views.site.footer.sponsor || site.name}`,
    };
    return rssXml(channel, items);
  }

  private sitemapHtml(views: PageViews): SitemapHtmlPage {
    const view = { ...views.base(`网站地图 - ${views.site.name}`, [], null), tree: views.navItems(null, new Set(), 4) };
    view.breadcrumb.push({ name: '网站地图', url: '/sitemap.html' });
    return view;
  }
}

type PublishedArticle = NonNullable<Awaited<ReturnType<SiteContent['article']>>>;

const VALIDITY_LABELS = { valid: '有效', revised: '已修订', repealed: '已废止' } as const;

function disclosureView(views: PageViews, article: PublishedArticle): DisclosureView | undefined {
  // The table belongs to 信息公开: an article moved out keeps its 索引号 but not the table.
  const column = views.snapshot.columnsById.get(article.columnId);
  if (!article.indexNo || !column || !isDisclosureColumn(column.path)) return undefined;
  return {
    indexNo: article.indexNo,
    issuer: article.issuer || views.site.name,
    writtenOn: article.writtenOn ?? '',
    docNo: article.docNo,
    topic: article.topic,
    validity: VALIDITY_LABELS[article.validity],
    superseded: article.validity !== 'valid',
  };
}

async function attachmentsOf(content: SiteContent, article: PublishedArticle): Promise<AttachmentView[]> {
  const files = await content.media.files(article.attachmentIds);
  return article.attachmentIds.flatMap((id) => {
    const file = files.get(id);
    return file ? [{ name: file.name, url: file.publicPath, type: file.ext.toUpperCase(), size: fileSize(file.bytes) }] : [];
  });
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function articleView(views: PageViews, article: PublishedArticle, attachments: AttachmentView[]) {
  return {
    attachments,
    disclosure: disclosureView(views, article),
    title: article.title,
    subtitle: article.subtitle,
    publishedAt: chinaDateTime(article.publishedAt!),
    source: article.source || views.site.name,
    ...(article.sourceUrl ? { sourceUrl: article.sourceUrl } : {}),
    author: article.author,
    keywords: article.keywords,
    summary: article.summary,
    bodyHtml: article.body,
    url: views.articleUrl(article.columnId, article.publishedAt!, article.id),
  };
}

function articleMeta(views: PageViews, article: PublishedArticle, url: string) {
  const description = article.summary || leadingCharacters(bodyText(article.body), views.snapshot.profile.metadata.descriptionChars);
  return [
    { name: 'ArticleTitle', content: article.title },
    { name: 'PubDate', content: chinaDateTime(article.publishedAt!) },
    { name: 'ContentSource', content: article.source || views.site.name },
    { name: 'Keywords', content: article.keywords },
    { name: 'Author', content: article.author },
    { name: 'Description', content: description },
    { name: 'Url', content: views.snapshot.origin + url },
  ];
}

function noticeView(views: PageViews, status: 404 | 503): NoticePage {
  const suspended = status === 503;
  return {
    ...views.base(`${suspended ? '网站维护中' : '页面不存在'} - ${views.site.name}`, [], null),
    statusCode: status,
    heading: suspended ? '网站暂停访问' : '您访问的页面不存在',
    message: suspended
      ? '本网站正在维护或已暂停服务,请稍后访问,或前往门户网站获取相关信息。'
      : '页面可能已被删除、更名或暂时不可用。请检查网址,或返回首页、使用站内搜索查找所需信息。',
  };
}
