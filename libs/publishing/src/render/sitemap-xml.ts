import { chinaDate } from '@zhanqun/shared';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** A sitemaps.org urlset (at most 50,000 URLs per file; a site of ours stays well below). */
export function sitemapXml(entries: { url: string; lastModified?: Date }[]): string {
  const urls = entries.map(({ url, lastModified }) => {
    const loc = url.replace(/[&<>"']/g, (c) => ESCAPES[c]);
    return `<url><loc>${loc}</loc>${lastModified ? `<lastmod>${chinaDate(lastModified)}</lastmod>` : ''}</url>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
