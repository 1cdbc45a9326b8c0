import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedFile } from './file-cache';

const FALLBACK: Record<number, string> = {
  400: '请求无效',
  404: '您访问的页面不存在',
  405: '不支持的请求方法',
  503: '网站暂停访问,请稍后再试',
};

/** A minimal page for when not even the platform's notice page exists yet. */
export function fallbackPage(status: number): Buffer {
  const text = FALLBACK[status] ?? '出错了';
  return Buffer.from(
    `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${text}</title></head>` +
      `<body><main><h1>${text}</h1><p>${status}</p></main></body></html>`,
  );
}

function notModified(request: IncomingMessage, file: CachedFile): boolean {
  const match = request.headers['if-none-match'];
  if (match !== undefined) {
    return match === '*' || match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === file.etag);
  }
  const since = request.headers['if-modified-since'];
  if (since === undefined) return false;
  const time = Date.parse(since);
  return !Number.isNaN(time) && Math.floor(file.mtimeMs / 1000) * 1000 <= time;
}

/** Sends a cached file: validators, 304s, and the best pre-compressed variant the client takes. */
export function sendFile(request: IncomingMessage, response: ServerResponse, file: CachedFile, status = 200, cacheControl?: string): void {
  const headers: Record<string, string | number> = {
    'Content-Type': file.type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControl ?? (file.type.startsWith('text/html') ? 'no-cache' : 'public, max-age=3600'),
  };
  if (status === 200) {
    headers.ETag = file.etag;
    headers['Last-Modified'] = file.lastModified;
    if (notModified(request, file)) {
      response.writeHead(304, headers);
      response.end();
      return;
    }
  }
  let body = file.body;
  if (file.gzip) {
    headers.Vary = 'Accept-Encoding';
    const accepted = request.headers['accept-encoding'] ?? '';
    if (file.br && /\bbr\b/.test(accepted)) {
      body = file.br;
      headers['Content-Encoding'] = 'br';
    } else if (/\bgzip\b/.test(accepted)) {
      body = file.gzip;
      headers['Content-Encoding'] = 'gzip';
    }
  }
  headers['Content-Length'] = body.length;
  response.writeHead(status, headers);
  response.end(request.method === 'HEAD' ? undefined : body);
}

export function redirect(response: ServerResponse, location: string): void {
  response.writeHead(301, { Location: location, 'Content-Length': 0, 'Cache-Control': 'public, max-age=3600' });
  response.end();
}
