import { formatPageKey, parsePageKey, type PageKey } from './page-keys';

describe('page keys', () => {
  it.each<PageKey>([
    { type: 'home' },
    { type: 'list', columnId: 12, page: 3 },
    { type: 'single', columnId: 4 },
    { type: 'article', articleId: 99 },
    { type: 'sitemap-xml' },
    { type: 'sitemap-html' },
    { type: 'rss' },
    { type: 'notice', status: 503 },
    { type: 'asset', name: 'site.css' },
    { type: 'media', mediaId: 7 },
    { type: 'thumb', mediaId: 7 },
  ])('round-trips %j', (key) => {
    expect(parsePageKey(formatPageKey(key))).toEqual(key);
  });

  it.each(['', 'nope', 'notice:500', 'asset:../../etc/passwd', 'asset:', 'media:', 'media:1x', 'thumb:../1'])('refuses %s', (raw) => {
    expect(parsePageKey(raw)).toBeNull();
  });
});
