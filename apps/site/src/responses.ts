import { createReadStream } from 'node:fs';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream';
import { negotiateEncoding } from './compression';
import type { CachedFile, FileCache } from './file-cache';
import { PAGE_SECURITY_HEADERS } from './security-headers';

type Headers = Readonly<Record<string, string | number>>;

const NOTICE_TEXT: Record<number, string> = {
  400: '请求无效',
  404: '您访问的页面不存在',
  405: '不支持的请求方法',
  500: '服务器内部错误',
  503: '网站暂停访问，请稍后再试',
};

const fallbacks = new Map<number, Buffer>();

/** The built-in page for when not even the platform's notice page exists. */
export function fallbackPage(status: number): Buffer {
  let page = fallbacks.get(status);
  if (!page) {
    const text = NOTICE_TEXT[status] ?? '出错了';
    page = Buffer.from(
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        `<title>${text}</title></head><body><main style="max-width:40em;margin:4em auto;text-align:center;font-family:sans-serif">` +
        `<h1>${text}</h1><p>${status}</p></main></body></html>\n`,
    );
    fallbacks.set(status, page);
  }
  return page;
}

function etagMatches(header: string, etag: string): boolean {
  if (header === etag || header.trim() === '*') return true;
  for (const candidate of header.split(',')) {
    const tag = candidate.trim();
    if (tag === etag || (tag.startsWith('W/') && tag.slice(2) === etag)) return true; // weak comparison (RFC 9110 §13.1.2)
  }
  return false;
}

/** RFC 9110 §13.2.2: If-None-Match decides when present, else If-Modified-Since. */
function notModified(request: IncomingMessage, file: CachedFile): boolean {
  const match = request.headers['if-none-match'];
  if (match !== undefined) return etagMatches(match, file.etag);
  const since = request.headers['if-modified-since'];
  if (since === undefined) return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && Math.floor(file.mtimeMs / 1000) * 1000 <= time;
}

/** Header sets are built once per cached file and variant, then reused (Node only reads them). */
function headersFor(file: CachedFile, key: string, build: () => Record<string, string | number>): Headers {
  let headers = file.headers[key];
  if (headers === undefined) {
    headers = Object.freeze(build());
    if (file.body) file.headers[key] = headers; // streamed files are not cached, nor their headers
  }
  return headers;
}

function common(file: CachedFile, cacheControl: string): Record<string, string | number> {
  const headers: Record<string, string | number> = {
    'Content-Type': file.media.type,
    'Cache-Control': cacheControl,
    ...PAGE_SECURITY_HEADERS,
  };
  if (file.media.compressible) headers.Vary = 'Accept-Encoding';
  return headers;
}

/**
 * Sends a file: 304 when the client's copy is current, else the best form the client accepts,
 * always with Content-Length. `status` other than 200 serves a notice page (404, 503 ...),
 * which carries no validators and is not stored by caches.
 */
export function sendFile(
  request: IncomingMessage,
  response: ServerResponse,
  cache: FileCache,
  file: CachedFile,
  status = 200,
  extra?: OutgoingHttpHeaders,
): void {
  const ok = status === 200;
  if (ok && notModified(request, file)) {
    response.writeHead(
      304,
      headersFor(file, '304', () => ({ ...common(file, file.media.cacheControl), ETag: file.etag, 'Last-Modified': file.lastModified })),
    );
    response.end();
    return;
  }
  const head = request.method === 'HEAD';
  if (file.body === null) {
    const headers = { ...common(file, ok ? file.media.cacheControl : 'no-store'), 'Content-Length': file.size, ...extra };
    if (ok) Object.assign(headers, { ETag: file.etag, 'Last-Modified': file.lastModified });
    response.writeHead(status, headers);
    if (head) return void response.end();
    // pipeline closes the file if the client goes away, and cuts the response if the read fails.
    pipeline(createReadStream(file.path, { start: 0, end: Math.max(0, file.size - 1) }), response, () => undefined);
    return;
  }
  let body = file.body;
  let coding: 'br' | 'gzip' | undefined;
  if (file.media.compressible) {
    const wanted = negotiateEncoding(request.headers['accept-encoding']);
    if (wanted !== 'identity') {
      const packed = cache.encoded(file, wanted);
      if (packed) {
        body = packed;
        coding = wanted;
      }
    }
  }
  let headers = headersFor(file, `${status}:${coding ?? 'identity'}`, () => {
    const built = common(file, ok ? file.media.cacheControl : 'no-store');
    if (ok) Object.assign(built, { ETag: file.etag, 'Last-Modified': file.lastModified });
    if (coding) built['Content-Encoding'] = coding;
    built['Content-Length'] = body.length;
    return built;
  });
  if (extra) headers = { ...headers, ...(extra as Headers) };
  response.writeHead(status, headers);
  if (head) response.end();
  else response.end(body);
}

/** A notice without any page file: the built-in Chinese page. */
export function sendFallback(request: IncomingMessage, response: ServerResponse, status: number, extra?: OutgoingHttpHeaders): void {
  const body = fallbackPage(status);
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...PAGE_SECURITY_HEADERS,
    ...extra,
  });
  if (request.method === 'HEAD') response.end();
  else response.end(body);
}

/** 301 for GET/HEAD; 308 keeps the method (and body) of anything else. */
export function redirect(request: IncomingMessage, response: ServerResponse, location: string): void {
  const get = request.method === 'GET' || request.method === 'HEAD';
  response.writeHead(get ? 301 : 308, {
    Location: location,
    'Content-Length': 0,
    'Cache-Control': 'public, max-age=3600',
    ...PAGE_SECURITY_HEADERS,
  });
  response.end();
}

export function methodNotAllowed(response: ServerResponse, allow = 'GET, HEAD'): void {
  const body = fallbackPage(405);
  response.writeHead(405, {
    Allow: allow,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    ...PAGE_SECURITY_HEADERS,
  });
  response.end(body);
}
