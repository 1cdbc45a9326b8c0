import { encodePath, parseRequestPath } from './request-path';

describe('parseRequestPath', () => {
  it.each([
    ['/', '/', ''],
    ['/index.html', '/index.html', ''],
    ['/zwdt/', '/zwdt/', ''],
    ['/zwdt/index_2.html?page=2&x=%20', '/zwdt/index_2.html', 'page=2&x=%20'],
    ['/zwdt//gzdt///index.html', '/zwdt/gzdt/index.html', ''],
    ['//zwdt', '/zwdt', ''],
    ['/%E9%80%9A%E7%9F%A5/', '/通知/', ''],
    ['/a%2fb', '/a/b', ''],
    ['/a%20b.html', '/a b.html', ''],
    ['/file.name.html', '/file.name.html', ''],
    ['/a..b/c', '/a..b/c', ''],
    ['/page.html#top', '/page.html', ''],
    ['/?', '/', ''],
  ])('%s → path %s, query %s', (url, path, query) => {
    expect(parseRequestPath(url)).toEqual({ ok: true, path, query });
  });

  it.each([
    '/../secret',
    '/a/../../secret',
    '/./index.html',
    '/%2e%2e/secret',
    '/%2E%2e/secret',
    '/a/%2e%2e%2f%2e%2e%2fsecret',
    '/..%2fsecret',
    '/.hidden',
    '/a/.tmp123.tmp',
    '/.well-known/x',
  ])('%s → 404 (dot segments and hidden files)', (url) => {
    expect(parseRequestPath(url)).toEqual({ ok: false, status: 404 });
  });

  it.each([
    '/%',
    '/%E0%A4%A',
    '/%zz',
    '/%C0%AF',
    '/%00',
    '/a%00.html',
    '/a\0b',
    '/..\\secret',
    '/a%5c..%5csecret',
    '*',
    'http://evil.example/',
    '',
  ])('%j → 400 (bad encoding, NUL, backslash, not a path)', (url) => {
    expect(parseRequestPath(url)).toEqual({ ok: false, status: 400 });
  });

  it('encodes paths for Location headers segment by segment', () => {
    expect(encodePath('/通知 公告/a')).toBe('/%E9%80%9A%E7%9F%A5%20%E5%85%AC%E5%91%8A/a');
    expect(encodePath('/zwdt/2026')).toBe('/zwdt/2026');
    expect(encodePath('/a?b#c')).toBe('/a%3Fb%23c');
  });
});
