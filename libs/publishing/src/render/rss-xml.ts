import { escapeHtml } from '@zhanqun/shared';

// `feed` is published as ESM only; Node 20.19+ loads it through require, which keeps it usable
// from our CommonJS build and from Jest.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Feed } = require('feed') as typeof import('feed');

/** Items per feed: the latest published articles of the site. */
export const RSS_ITEMS = 50;

export interface RssChannel {
  title: string;
  /** Site origin, no trailing slash. */
  origin: string;
  description: string;
  copyright: string;
}

export interface RssItem {
  title: string;
  /** Absolute URL of the article page. */
  link: string;
  publishedAt: Date;
  /** Plain text. */
  summary: string;
  source: string;
}

/** Characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates). */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML, '');

/** An RSS 2.0 document; the library escapes text and wraps titles and descriptions in CDATA. */
export function rssXml(channel: RssChannel, items: RssItem[]): string {
  const feedUrl = `${channel.origin}/rss.xml`;
  const feed = new Feed({
    title: clean(channel.title),
    id: `${channel.origin}/`,
    link: `${channel.origin}/`,
    description: clean(channel.description),
    copyright: clean(channel.copyright),
    language: 'zh-CN',
    generator: false,
    updated: items[0]?.publishedAt,
    feedLinks: { rss: feedUrl },
  });
  for (const item of items) {
    feed.addItem({
      title: clean(item.title),
      link: item.link,
      guid: item.link,
      date: item.publishedAt,
      // Readers show `<description>` as HTML; our summaries are plain text, so they must stay text.
      description: escapeHtml(clean(item.summary)),
      // The library escapes element text but not `&` in attributes.
      extensions: [{ name: 'source', objects: { _attributes: { url: feedUrl.replace(/&/g, '&amp;') }, _text: clean(item.source) } }],
    });
  }
  return feed.rss2();
}
