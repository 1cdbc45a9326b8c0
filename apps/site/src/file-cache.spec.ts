import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FileCache, type CachedFile } from './file-cache';

describe('FileCache', () => {
  let root: string;
  let site: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'zq-cache-'));
    site = join(root, 'sites', 'jyj');
    mkdirSync(join(site, 'zwdt'), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const put = (name: string, body: string | Buffer) => writeFileSync(join(site, name), body);
  const file = (cache: FileCache, name: string) => cache.lookup(join(site, name), site) as CachedFile;

  it('keeps the bytes and answers repeated lookups from memory', () => {
    put('index.html', '<p>首页</p>');
    const cache = new FileCache();
    const first = file(cache, 'index.html');
    expect(first.body?.toString()).toBe('<p>首页</p>');
    expect(first.media.type).toBe('text/html; charset=utf-8');
    expect(first.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(file(cache, 'index.html')).toBe(first);
    expect(cache.stats.entries).toBe(1);
  });

  it('reads a file again once it was replaced by rename', () => {
    put('index.html', 'one');
    const cache = new FileCache();
    const first = file(cache, 'index.html');
    writeFileSync(join(site, '.x.tmp'), 'two');
    renameSync(join(site, '.x.tmp'), join(site, 'index.html'));
    const second = file(cache, 'index.html');
    expect(second.body?.toString()).toBe('two');
    expect(second.etag).not.toBe(first.etag);
    expect(cache.stats.entries).toBe(1);
  });

  it('tells folders and missing paths apart, and forgets deleted files', () => {
    put('index.html', 'x');
    const cache = new FileCache();
    expect(cache.lookup(join(site, 'zwdt'), site)).toBe('directory');
    expect(cache.lookup(join(site, 'nothing.html'), site)).toBeNull();
    expect(cache.lookup(join(site, 'index.html', 'deeper'), site)).toBeNull();
    file(cache, 'index.html');
    rmSync(join(site, 'index.html'));
    expect(cache.lookup(join(site, 'index.html'), site)).toBeNull();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });

  it('follows symlinks only while they stay inside the root', () => {
    writeFileSync(join(root, 'outside.html'), 'secret');
    mkdirSync(join(root, 'outside-dir'));
    put('inside.html', 'fine');
    symlinkSync(join(root, 'outside.html'), join(site, 'leak.html'));
    symlinkSync(join(root, 'outside-dir'), join(site, 'leakdir'));
    symlinkSync(join(site, 'inside.html'), join(site, 'alias.html'));
    const cache = new FileCache();
    expect(cache.lookup(join(site, 'leak.html'), site)).toBeNull();
    expect(cache.lookup(join(site, 'leakdir'), site)).toBeNull();
    expect(file(cache, 'alias.html').body?.toString()).toBe('fine');
  });

  it('stays within its byte budget, dropping the least recently used first', () => {
    const cache = new FileCache({ maxBytes: 12_000, maxFileBytes: 12_000 }); // room for four 2 000-byte files
    const names = ['a', 'b', 'c', 'd', 'e'];
    for (const name of names) put(`${name}.png`, Buffer.alloc(2_000, name));
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => file(cache, `${name}.png`));
    expect(cache.stats.entries).toBe(4);
    expect(file(cache, 'a.png')).toBe(a); // a is now the most recently used
    file(cache, 'e.png');
    expect(cache.stats.entries).toBe(4);
    expect(cache.stats.bytes).toBeLessThanOrEqual(12_000);
    expect(file(cache, 'a.png')).toBe(a); // kept
    expect(file(cache, 'd.png')).toBe(d); // kept
    expect(file(cache, 'b.png')).not.toBe(b); // dropped, read again (and c goes now)
    expect(file(cache, 'c.png')).not.toBe(c);
    expect(cache.stats.bytes).toBeLessThanOrEqual(12_000);
  });

  it('never keeps a file larger than the whole budget', () => {
    const cache = new FileCache({ maxBytes: 1_000, maxFileBytes: 5_000 });
    put('big.png', Buffer.alloc(2_000, 1));
    expect(file(cache, 'big.png').body?.length).toBe(2_000);
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });

  it('compresses on first demand, once, and charges the compressed bytes to the budget', () => {
    const page = `<!DOCTYPE html>${'<p>政务公开</p>'.repeat(500)}`;
    put('page.html', page);
    const cache = new FileCache();
    const entry = file(cache, 'page.html');
    const before = cache.stats.bytes;
    const gzip = cache.encoded(entry, 'gzip')!;
    expect(gunzipSync(gzip).toString()).toBe(page);
    expect(cache.encoded(entry, 'gzip')).toBe(gzip);
    expect(cache.stats.bytes).toBe(before + gzip.length);
    put('logo.png', Buffer.alloc(5_000, 1));
    expect(cache.encoded(file(cache, 'logo.png'), 'gzip')).toBeNull(); // png: not compressible
  });

  it('does not keep files above the per-file limit, but still describes them', () => {
    put('big.pdf', Buffer.alloc(50_000, 7));
    const cache = new FileCache({ maxBytes: 1_000_000, maxFileBytes: 10_000 });
    const big = file(cache, 'big.pdf');
    expect(big.body).toBeNull();
    expect(big.size).toBe(50_000);
    expect(big.media.type).toBe('application/pdf');
    expect(cache.stats.entries).toBe(0);
  });
});
