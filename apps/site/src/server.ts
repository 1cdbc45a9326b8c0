import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { FileCache, type CachedFile } from './file-cache';
import { HostTable, type HostEntry } from './host-table';
import { requestPath } from './request-path';
import { fallbackPage, redirect, sendFile } from './responses';

/** A handler for a dynamic path (search, interaction) of a resolved, active site. */
export interface DynamicRoute {
  prefix: string;
  handle(request: IncomingMessage, response: ServerResponse, site: HostEntry): void | Promise<void>;
}

export interface SiteServerOptions {
  publishRoot: string;
  cacheBytes?: number;
  dynamicRoutes?: DynamicRoute[];
}

export interface SiteServer {
  server: Server;
  close(): Promise<void>;
}

/** Paths served by handlers, not files; without a handler they are simply not found. */
const RESERVED = ['/search', '/api/public/', '/interaction/'];

/**
 * apps/site: resolves the site by Host from hosts.json and serves its generated files. It never
 * touches the database, so citizens' sites outlive a database outage.
 */
export function createSiteServer(options: SiteServerOptions): SiteServer {
  const hosts = new HostTable(options.publishRoot);
  const cache = new FileCache(options.cacheBytes ?? 256 * 1024 * 1024);
  const routes = options.dynamicRoutes ?? [];
  const platformRoot = join(options.publishRoot, 'platform');

  function page(root: string, name: string): CachedFile | null {
    const found = cache.lookup(join(root, name), root);
    return found.kind === 'file' ? found.file : null;
  }

  function notice(request: IncomingMessage, response: ServerResponse, status: 400 | 404 | 503, siteRoot: string | null): void {
    const file =
      (siteRoot && page(siteRoot, `${status === 400 ? 404 : status}.html`)) || page(platformRoot, `${status === 400 ? 404 : status}.html`);
    if (status === 503) response.setHeader('Retry-After', '3600');
    if (file) return sendFile(request, response, file, status, 'no-store');
    const body = fallbackPage(status);
    response.writeHead(status, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      response.end();
      return;
    }
    const hostHeader = (request.headers.host ?? '').toLowerCase();
    const [, host = '', port = ''] = /^([^:]*)(?::(\d+))?$/.exec(hostHeader) ?? [];
    const site = hosts.lookup(host.replace(/\.$/, ''));
    if (!site) return notice(request, response, 404, null);
    if (site.primary !== host) return redirect(response, `http://${site.primary}${port ? `:${port}` : ''}${request.url ?? '/'}`);
    const siteRoot = join(options.publishRoot, 'sites', site.code);
    if (site.status === 'suspended') return notice(request, response, 503, siteRoot);

    const url = request.url ?? '/';
    const resolved = requestPath(url);
    if (!resolved.ok) return notice(request, response, resolved.status, siteRoot);
    const route = routes.find((candidate) => resolved.path === candidate.prefix || resolved.path.startsWith(candidate.prefix));
    if (route) return route.handle(request, response, site);
    if (RESERVED.some((prefix) => resolved.path === prefix || resolved.path.startsWith(prefix))) {
      return notice(request, response, 404, siteRoot);
    }
    const found = cache.lookup(join(siteRoot, resolved.path), siteRoot);
    if (found.kind === 'directory') {
      const [pathname, query] = url.split(/\?(.*)/s);
      return redirect(response, `${pathname}/${query !== undefined ? `?${query}` : ''}`);
    }
    if (found.kind === 'missing') return notice(request, response, 404, siteRoot);
    sendFile(request, response, found.file);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Length': 0 });
      response.end();
    });
  });
  server.keepAliveTimeout = 65_000;

  return {
    server,
    close: () =>
      new Promise<void>((resolve) => {
        hosts.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
