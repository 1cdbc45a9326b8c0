import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { FileCache } from './file-cache';
import { HostTable, parseHostHeader, type HostEntry } from './host-table';
import { encodePath, parseRequestPath } from './request-path';
import { fallbackPage, methodNotAllowed, redirect, sendFallback, sendFile } from './responses';
import { PAGE_SECURITY_HEADERS, PLATFORM_PAGE_SECURITY_HEADERS } from './security-headers';

/** What a dynamic handler knows about the request it serves: an active site, on its primary domain. */
export interface SiteRequestContext {
  /** The requested host: the site's primary domain, lower-case, without port. */
  host: string;
  /** The port named in the Host header, or ''. */
  port: string;
  site: HostEntry;
  /** Absolute folder of the site's generated files (PUBLISH_ROOT/sites/<code>). */
  siteRoot: string;
  /** Decoded, normalised request path. */
  path: string;
  /** Raw query string, without '?'. */
  query: string;
  /** Answers with the site's 404 page. */
  notFound(): void;
}

export type DynamicHandler = (request: IncomingMessage, response: ServerResponse, context: SiteRequestContext) => void | Promise<void>;

/** A handler for a path prefix: `/search` matches `/search` and `/search/...`, not `/searching`. */
export interface DynamicRoute {
  prefix: string;
  handle: DynamicHandler;
}

/** Paths answered by handlers, never by files; without a handler they are not found. */
export const RESERVED_PREFIXES: readonly string[] = ['/search', '/api/public', '/interaction'];

export interface SiteServerOptions {
  /** Holds hosts.json, sites/<code>/ and platform/ (see the publisher's contract). */
  publishRoot: string;
  /** Bound of the in-memory file cache, in bytes (default 256 MiB). */
  cacheBytes?: number;
  /** Files above this size are streamed, not cached (default min(16 MiB, cacheBytes / 8)). */
  maxCachedFileBytes?: number;
  /** Handlers of dynamic paths, as a list or as a `{ prefix: handler }` table. */
  dynamicRoutes?: DynamicRoute[] | Record<string, DynamicHandler>;
  /** Retry-After of a suspended site's 503, in seconds (default 3600). */
  retryAfterSeconds?: number;
  /** Interval of the hosts.json stat fallback, in ms (default 2000). */
  hostsPollMs?: number;
  /** How long close() lets requests in flight finish before cutting connections (default 5000 ms). */
  closeGraceMs?: number;
  /** Where warnings (broken hosts.json) and handler crashes go (default console.error). */
  log?: (line: string) => void;
}

export interface SiteServer {
  readonly server: Server;
  readonly cache: FileCache;
  readonly hosts: HostTable;
  /** Starts listening (port 0: any free port) and resolves with the bound address. */
  listen(port?: number, host?: string): Promise<AddressInfo>;
  /** Stops the watchers and the server; in-flight requests get `closeGraceMs` to finish. */
  close(): Promise<void>;
}

function prefixBase(prefix: string): string {
  const withSlash = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withSlash.length > 1 && withSlash.endsWith('/') ? withSlash.slice(0, -1) : withSlash;
}

function matches(path: string, base: string): boolean {
  return path.startsWith(base) && (path.length === base.length || path.charCodeAt(base.length) === 47); /* / */
}

/**
 * apps/site, the citizens' server: resolves the site by Host from hosts.json and serves its
 * generated files from memory. It never touches the database, so citizens' sites outlive a
 * database outage.
 */
export function createSiteServer(options: SiteServerOptions): SiteServer {
  const publishRoot = resolve(options.publishRoot);
  const sitesRoot = join(publishRoot, 'sites');
  const platformRoot = join(publishRoot, 'platform');
  const log = options.log ?? ((line: string) => console.error(line));
  const retryAfter = String(options.retryAfterSeconds ?? 3600);
  const hosts = new HostTable(publishRoot, {
    pollMs: options.hostsPollMs,
    onInvalid: (error) => log(`[site] ${error.message}; keeping the previous host table`),
  });
  const cache = new FileCache({ maxBytes: options.cacheBytes, maxFileBytes: options.maxCachedFileBytes });
  const table = Array.isArray(options.dynamicRoutes)
    ? options.dynamicRoutes
    : Object.entries(options.dynamicRoutes ?? {}).map(([prefix, handle]) => ({ prefix, handle }));
  const routes = table.map((route) => ({ base: prefixBase(route.prefix), handle: route.handle }));
  const reserved = RESERVED_PREFIXES.map(prefixBase);

  /**
   * A notice page (400, 404, 503): the site's own, else the platform's, else the built-in one.
   * The platform's pages search the portal, another origin: they get the platform page policy.
   */
  function notice(request: IncomingMessage, response: ServerResponse, status: 400 | 404 | 503, siteRoot: string | null): void {
    const name = status === 503 ? '/503.html' : '/404.html';
    const retry = status === 503 ? { 'Retry-After': retryAfter } : undefined;
    const own = siteRoot === null ? null : cache.lookup(siteRoot + name, siteRoot);
    if (own !== null && own !== 'directory') return sendFile(request, response, cache, own, status, retry);
    const page = cache.lookup(platformRoot + name, platformRoot);
    const extra = { ...PLATFORM_PAGE_SECURITY_HEADERS, ...retry };
    if (page !== null && page !== 'directory') sendFile(request, response, cache, page, status, extra);
    else sendFallback(request, response, status, extra);
  }

  function handle(request: IncomingMessage, response: ServerResponse): void | Promise<void> {
    const { host, port } = parseHostHeader(request.headers.host);
    const site = host === '' ? undefined : hosts.lookup(host);
    if (site === undefined) return notice(request, response, 404, null);
    const url = request.url ?? '/';
    if (site.primary !== host) {
      const target = url.charCodeAt(0) === 47 /* / */ ? url : '/';
      return redirect(request, response, `http://${site.primary}${port ? `:${port}` : ''}${target}`);
    }
    const siteRoot = `${sitesRoot}/${site.code}`;
    if (site.status !== 'active') return notice(request, response, 503, siteRoot);

    const target = parseRequestPath(url);
    if (!target.ok) return notice(request, response, target.status, siteRoot);
    const path = target.path;

    for (const route of routes) {
      if (matches(path, route.base)) {
        return route.handle(request, response, {
          host,
          port,
          site,
          siteRoot,
          path,
          query: target.query,
          notFound: () => notice(request, response, 404, siteRoot),
        });
      }
    }
    for (const base of reserved) if (matches(path, base)) return notice(request, response, 404, siteRoot);

    const method = request.method;
    if (method !== 'GET' && method !== 'HEAD') return methodNotAllowed(response);

    const isFolder = path.charCodeAt(path.length - 1) === 47; /* / */
    const found = cache.lookup(isFolder ? `${siteRoot}${path}index.html` : siteRoot + path, siteRoot);
    if (found === null) return notice(request, response, 404, siteRoot);
    if (found === 'directory') {
      return redirect(request, response, `${encodePath(path)}/${target.query ? `?${target.query}` : ''}`);
    }
    sendFile(request, response, cache, found);
  }

  function fail(response: ServerResponse, error: unknown): void {
    log(`[site] request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if (response.headersSent) {
      response.destroy();
      return;
    }
    const body = fallbackPage(500);
    response.writeHead(500, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...PAGE_SECURITY_HEADERS,
    });
    response.end(body);
  }

  const server = createServer((request, response) => {
    try {
      const pending = handle(request, response);
      if (pending !== undefined) pending.catch((error: unknown) => fail(response, error));
    } catch (error) {
      fail(response, error);
    }
  });
  // Longer than the usual proxy/load-balancer idle timeout, so the proxy closes first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  let closing: Promise<void> | null = null;
  return {
    server,
    cache,
    hosts,
    listen: (port = 0, host?: string) =>
      new Promise<AddressInfo>((resolveListen, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolveListen(server.address() as AddressInfo);
        });
      }),
    close: () => {
      closing ??= new Promise<void>((resolveClose) => {
        hosts.close();
        if (!server.listening) return resolveClose();
        const force = setTimeout(() => server.closeAllConnections(), options.closeGraceMs ?? 5000);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolveClose();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
