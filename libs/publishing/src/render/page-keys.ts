/**
 * Every generated file of a site has a page key, stable across renames of the column or article
 * it shows, so the manifest can find and remove the file it replaced.
 */
export type PageKey =
  | { type: 'home' }
  | { type: 'list'; columnId: number; page: number }
  | { type: 'single'; columnId: number }
  | { type: 'article'; articleId: number }
  | { type: 'sitemap-xml' }
  | { type: 'sitemap-html' }
  /** `/rss.xml`, the latest published articles. */
  | { type: 'rss' }
  | { type: 'notice'; status: 404 | 503 }
  | { type: 'asset'; name: string }
  /** An uploaded file used by a live article, at its public path. */
  | { type: 'media'; mediaId: number }
  /** The thumbnail of a live article's cover image. */
  | { type: 'thumb'; mediaId: number };

export function formatPageKey(key: PageKey): string {
  switch (key.type) {
    case 'list':
      return `list:${key.columnId}:${key.page}`;
    case 'single':
      return `single:${key.columnId}`;
    case 'article':
      return `article:${key.articleId}`;
    case 'notice':
      return `notice:${key.status}`;
    case 'asset':
      return `asset:${key.name}`;
    case 'media':
    case 'thumb':
      return `${key.type}:${key.mediaId}`;
    default:
      return key.type;
  }
}

export function parsePageKey(raw: string): PageKey | null {
  const [type, a, b] = raw.split(':');
  switch (type) {
    case 'home':
    case 'sitemap-xml':
    case 'sitemap-html':
    case 'rss':
      return { type };
    case 'list':
      return { type, columnId: Number(a), page: Number(b) };
    case 'single':
      return { type, columnId: Number(a) };
    case 'article':
      return { type, articleId: Number(a) };
    case 'notice':
      return a === '404' || a === '503' ? { type, status: Number(a) as 404 | 503 } : null;
    case 'asset':
      return a && /^[a-z0-9._-]+$/i.test(a) ? { type, name: a } : null;
    case 'media':
    case 'thumb':
      return /^\d+$/.test(a ?? '') ? { type, mediaId: Number(a) } : null;
    default:
      return null;
  }
}
