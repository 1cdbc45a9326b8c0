import type { NextFunction, Request, Response } from 'express';
import { CONSOLE_PATH } from './console-static';

/** JSON answers are never documents: nothing may load, run or frame them. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Swagger UI at /api/docs loads its scripts and its stylesheet from our own origin
 * (swagger-ui-init.js holds the document, no inline script), but writes a `<style>` block and
 * style attributes; "Try it out" calls the API on the same origin. Never framed.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DOCS_PATH = '/api/docs';

/**
 * The API's browser-security headers, set before anything else answers so errors (404, 401, a
 * malformed body) carry them too. Answers are never stored (`Cache-Control: no-store`: most are
 * for a signed-in user) unless a handler says otherwise. The console at /admin/ sets its own
 * policy (console-static.ts); HSTS is nginx's, where TLS ends.
 */
export function apiSecurityHeaders(request: Request, response: Response, next: NextFunction): void {
  const path = request.path;
  if (path === CONSOLE_PATH.slice(0, -1) || path.startsWith(CONSOLE_PATH)) return next();
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  if (path === DOCS_PATH || path.startsWith(`${DOCS_PATH}/`)) {
    response.setHeader('Content-Security-Policy', DOCS_CSP);
  } else {
    response.setHeader('Content-Security-Policy', API_CSP);
    response.setHeader('Cache-Control', 'no-store');
  }
  next();
}
