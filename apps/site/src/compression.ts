import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type ContentCoding = 'br' | 'gzip';
export type Encoding = ContentCoding | 'identity';

/** Bodies smaller than this are sent as they are: the headers would eat the gain. */
export const MIN_COMPRESS_BYTES = 256;

/**
 * Compresses a body once, for the cache. Brotli quality 6 and gzip level 6 keep a cache miss
 * well under a millisecond for a typical page while giving most of the possible gain.
 * Returns null when compression does not make the body smaller.
 */
export function compress(body: Buffer, coding: ContentCoding): Buffer | null {
  if (body.length < MIN_COMPRESS_BYTES) return null;
  const packed =
    coding === 'br'
      ? brotliCompressSync(body, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: 6,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        })
      : gzipSync(body, { level: 6 });
  return packed.length < body.length ? packed : null;
}

/** Parsed Accept-Encoding values; browsers send a handful of distinct strings, so this stays tiny. */
const negotiated = new Map<string, Encoding>();
const MAX_REMEMBERED = 256;

/**
 * The coding to answer with for an Accept-Encoding header (RFC 9110 §12.5.3): the acceptable
 * coding with the highest q-value, brotli before gzip on a tie, `*` covering codings not named,
 * identity when neither is acceptable.
 */
export function negotiateEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  let result = negotiated.get(header);
  if (result === undefined) {
    result = parseAcceptEncoding(header);
    if (negotiated.size >= MAX_REMEMBERED) negotiated.clear();
    negotiated.set(header, result);
  }
  return result;
}

function parseAcceptEncoding(header: string): Encoding {
  let br: number | undefined;
  let gzip: number | undefined;
  let any: number | undefined;
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';');
    const coding = name.trim().toLowerCase();
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=');
      if (key.trim().toLowerCase() === 'q') {
        const parsed = Number(value);
        q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0;
      }
    }
    if (coding === 'br') br = q;
    else if (coding === 'gzip' || coding === 'x-gzip') gzip = q;
    else if (coding === '*') any = q;
  }
  const brQ = br ?? any ?? 0;
  const gzipQ = gzip ?? any ?? 0;
  if (brQ > 0 && brQ >= gzipQ) return 'br';
  if (gzipQ > 0) return 'gzip';
  return 'identity';
}
