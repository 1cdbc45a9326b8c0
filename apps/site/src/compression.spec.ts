import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { compress, MIN_COMPRESS_BYTES, negotiateEncoding } from './compression';

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['deflate', 'identity'],
    ['identity', 'identity'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['gzip;q=0.8, br;q=0.8', 'br'],
    ['gzip;q=0, br;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['gzip;q=0, *', 'br'],
    ['br;q=0, *;q=0.1', 'gzip'],
    ['gzip;q=abc', 'identity'],
    ['gzip ; q=1.0 , br ; q=0.9', 'gzip'],
  ])('%j → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });

  it('stays correct when the memo of headers is full', () => {
    for (let i = 0; i < 600; i++) expect(negotiateEncoding(`gzip;q=0.${(i % 9) + 1}, x-custom-${i}`)).toBe('gzip');
    expect(negotiateEncoding('br')).toBe('br');
  });
});

describe('compress', () => {
  const page = Buffer.from(`<!DOCTYPE html>${'<p>示范县人民政府</p>'.repeat(100)}`);

  it('round-trips through brotli and gzip', () => {
    expect(brotliDecompressSync(compress(page, 'br')!).equals(page)).toBe(true);
    expect(gunzipSync(compress(page, 'gzip')!).equals(page)).toBe(true);
  });

  it('skips bodies too small to gain, and bodies that do not shrink', () => {
    expect(compress(Buffer.alloc(MIN_COMPRESS_BYTES - 1, 'a'), 'gzip')).toBeNull();
    const noise = randomBytes(4096);
    expect(compress(noise, 'gzip')).toBeNull();
    expect(compress(noise, 'br')).toBeNull();
  });
});
