import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

export const CONSOLE_PATH = '/admin/';

/**
 * The console's policy: scripts only from our own origin; antd and CodeMirror insert their styles
 * at run time, hence 'unsafe-inline' for styles only. Never framed.
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

function securityHeaders(_request: Request, response: Response, next: NextFunction): void {
  response.setHeader('Content-Security-Policy', CONSOLE_CSP);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'same-origin');
  response.setHeader('X-Frame-Options', 'DENY');
  next();
}

/**
 * Serves the built console (apps/admin) at /admin/: hashed assets cached for a year, every other
 * path answered with index.html so deep links and reloads land on the right screen. Without a
 * build (`npm run build` makes one) /admin/ says how to make it.
 */
export function serveConsole(app: NestExpressApplication, root: string): void {
  const index = join(root, 'index.html');
  app.use('/admin', securityHeaders);
  app.use('/admin', (request: Request, response: Response, next: NextFunction) => {
    if (request.originalUrl === '/admin') return response.redirect(301, CONSOLE_PATH);
    next();
  });
  app.useStaticAssets(join(root, 'assets'), { prefix: '/admin/assets', immutable: true, maxAge: '365d', index: false });
  // A missing asset is an old or mistyped file name: 404, not the page (a script must not get HTML).
  app.use('/admin/assets', (_request: Request, response: Response) => {
    response.status(404).type('text/plain; charset=utf-8').send('Not Found');
  });
  app.useStaticAssets(root, { prefix: '/admin', index: false, maxAge: 0 });
  app.use('/admin', (request: Request, response: Response, next: NextFunction) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    if (!existsSync(index)) {
      response.status(503).type('text/plain; charset=utf-8').send('管理后台尚未构建:请运行 npm run build');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  });
}
