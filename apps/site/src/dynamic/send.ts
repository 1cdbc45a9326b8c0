import type { IncomingMessage, ServerResponse } from 'node:http';
import { escapeHtml } from '@zhanqun/shared';
import { PAGE_SECURITY_HEADERS } from '../security-headers';

/** Answers a dynamic request with a body built for it: never cached, with the pages' security headers. */
export function sendDynamic(
  request: IncomingMessage,
  response: ServerResponse,
  status: number,
  type: 'text/html' | 'application/json',
  body: string,
  headers: Record<string, string> = {},
): void {
  const bytes = Buffer.from(body);
  response.writeHead(status, {
    'Content-Type': `${type}; charset=utf-8`,
    'Content-Length': bytes.length,
    'Cache-Control': 'no-store',
    ...PAGE_SECURITY_HEADERS,
    ...headers,
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/** A bare page for when the site's own cannot be rendered (its theme lives in the database too). */
export function unavailablePage(text: string): string {
  const escaped = escapeHtml(text);
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escaped}</title></head><body><h1>${escaped}</h1></body></html>\n`;
}

/** 302 or 303 (after a form post) to a path of the same site; not cached. */
export function sendRedirect(response: ServerResponse, status: 302 | 303, location: string): void {
  response.writeHead(status, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-store', ...PAGE_SECURITY_HEADERS });
  response.end();
}
