import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { HSTS, PAGE_SECURITY_HEADERS, PLATFORM_PAGE_SECURITY_HEADERS } from '@zhanqun/shared';
import type { HostsFile } from './hosts-writer';

/** How HTTP/2 is switched on: `http2 on;` (nginx ≥ 1.25.1), `listen … ssl http2` (older nginx), or not at all. */
export type Http2Mode = 'on' | 'listen' | 'off';
export const HTTP2_MODES: readonly Http2Mode[] = ['on', 'listen', 'off'];

export interface NginxTls {
  /** Absolute folder of the certificates as nginx sees it: `<certDir>/<host>/fullchain.pem` and `privkey.pem`. */
  certDir: string;
  /** nginx `listen` address for HTTPS: a port or address:port ("443" unless told). */
  listen?: string;
  /** "on" unless told. */
  http2?: Http2Mode;
  /**
   * Whether a host's certificate and key are in place (every host unless told). A site whose
   * primary domain has none stays on plain HTTP, as without TLS, so one missing certificate
   * cannot stop nginx from loading the file; an alias without one answers on HTTP only.
   */
  hasCertificate?: (host: string) => boolean;
}

/** Whether `<certDir>/<host>/` holds a certificate chain and its key, as the certificate convention names them. */
export function certificatesIn(certDir: string): (host: string) => boolean {
  return (host) => existsSync(join(certDir, host, 'fullchain.pem')) && existsSync(join(certDir, host, 'privkey.pem'));
}

export interface NginxOptions {
  /** Absolute PUBLISH_ROOT as nginx sees it. */
  publishRoot: string;
  /** apps/site, `host:port`. */
  upstream: string;
  /** nginx `listen` address for plain HTTP: a port or address:port ("80" unless told). */
  listen?: string;
  /** Public port appended to plain-HTTP redirect targets, as in generated URLs; null for the default port. */
  publicPort?: number | null;
  /** HTTPS with a certificate per host, HTTP → HTTPS redirects and HSTS; without it, plain HTTP only. */
  tls?: NginxTls | null;
}

/** Paths apps/site answers itself (search, public search API, 互动交流): never files on disk. */
const DYNAMIC = '^/(search|api/public|interaction)(/|$)';
const RETRY_AFTER_SECONDS = 3600;

// Everything interpolated into the file must match one of these; anything else is left out,
// so no value from the database can end a directive or open a block.
const HOST = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;
const CODE = /^[a-z0-9][a-z0-9-]{0,30}[a-z0-9]$/;
const UPSTREAM = /^(?:[a-zA-Z0-9.-]+|\[[0-9a-fA-F:]+\]):\d{1,5}$/;
const LISTEN = /^(?:(?:\d{1,3}\.){3}\d{1,3}:|\[[0-9a-fA-F:]+\]:)?\d{1,5}$/;
const SAFE_PATH = /^\/[^\s"'`$;{}\\#]*$/;

/**
 * TLS 1.2 and 1.3 only, forward-secret AEAD suites for 1.2 (Mozilla's "intermediate" profile);
 * TLS 1.3 suites are OpenSSL's defaults. Written into every HTTPS server block, so the file also
 * loads into an nginx whose own http { } already sets ssl_protocols.
 */
const TLS_SETTINGS = [
  'ssl_protocols TLSv1.2 TLSv1.3;',
  'ssl_ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305;',
  'ssl_prefer_server_ciphers off;',
  'ssl_session_cache shared:zhanqun_tls:10m;',
  'ssl_session_timeout 1d;',
  'ssl_session_tickets off;',
];

export class NginxConfigError extends Error {}

export interface NginxConf {
  text: string;
  /** Hosts left out because their name or site code is not safe to write into the file. */
  skipped: string[];
  /** With TLS: hosts served without HTTPS because their certificate is not in place. */
  withoutCertificate: string[];
}

interface SiteHosts {
  code: string;
  primary: string;
  status: 'active' | 'suspended';
  aliases: string[];
}

/** How one server block is reached: its listen lines, TLS lines and whether it sends HSTS. */
interface Edge {
  lines: string[];
  hsts: boolean;
}

/**
 * nginx server blocks for every site domain, for an `include` inside `http { }`: the primary
 * domain serves the site's generated files, aliases redirect to it, a suspended site answers 503,
 * and a host of no site gets the platform's 404 page. With `tls`, a domain with a certificate is
 * served over HTTPS (HSTS) and its plain-HTTP requests are redirected there.
 */
export function nginxConf(file: HostsFile, options: NginxOptions): NginxConf {
  const root = options.publishRoot.replace(/\/+$/, '') || '/';
  if (!SAFE_PATH.test(root))
    throw new NginxConfigError(`publish root ${options.publishRoot} must be an absolute path without spaces, quotes, $ ; { } \\ or #`);
  if (!UPSTREAM.test(options.upstream)) throw new NginxConfigError(`upstream ${options.upstream} must be host:port`);
  const listen = options.listen ?? '80';
  if (!LISTEN.test(listen)) throw new NginxConfigError(`listen ${listen} must be a port or address:port`);
  const port = options.publicPort ? `:${options.publicPort}` : '';
  const tls = options.tls ? checkTls(options.tls, listen) : null;

  const { sites, skipped } = groupBySite(file);
  const withoutCertificate: string[] = [];
  const plain: Edge = { lines: [`listen ${listen};`], hsts: false };
  const blocks = [header(options.upstream), defaultServer(root, listen, tls)];
  for (const site of sites) {
    const siteRoot = `${root}/sites/${site.code}`;
    const secure = tls !== null && tls.hasCertificate(site.primary);
    if (tls && !secure) withoutCertificate.push(site.primary, ...site.aliases);
    if (!secure) {
      blocks.push(site.status === 'active' ? activeServer(site, siteRoot, plain) : suspendedServer(site, siteRoot, root, plain));
      if (site.aliases.length) blocks.push(aliasServer(site, listen, port));
      continue;
    }
    const edge = httpsEdge(tls, site.primary);
    blocks.push(httpsRedirectServer(site, listen));
    blocks.push(site.status === 'active' ? activeServer(site, siteRoot, edge) : suspendedServer(site, siteRoot, root, edge));
    for (const alias of site.aliases) {
      if (tls.hasCertificate(alias)) blocks.push(httpsAliasServer(site, alias, httpsEdge(tls, alias)));
      else withoutCertificate.push(alias);
    }
  }
  return { text: `${blocks.join('\n\n')}\n`, skipped, withoutCertificate };
}

type CheckedTls = Required<NginxTls>;

function checkTls(tls: NginxTls, httpListen: string): CheckedTls {
  const certDir = tls.certDir.replace(/\/+$/, '');
  if (!certDir || !SAFE_PATH.test(certDir))
    throw new NginxConfigError(`certificate folder ${tls.certDir} must be an absolute path without spaces, quotes, $ ; { } \\ or #`);
  const listen = tls.listen ?? '443';
  if (!LISTEN.test(listen)) throw new NginxConfigError(`HTTPS listen ${listen} must be a port or address:port`);
  if (listen === httpListen) throw new NginxConfigError(`HTTPS listen ${listen} must differ from the HTTP one`);
  const http2 = tls.http2 ?? 'on';
  if (!HTTP2_MODES.includes(http2)) throw new NginxConfigError(`http2 ${http2} must be one of ${HTTP2_MODES.join(', ')}`);
  return { certDir, listen, http2, hasCertificate: tls.hasCertificate ?? (() => true) };
}

/** The listen lines of an HTTPS server block (`default_server` for the catch-all). */
function httpsListen(tls: CheckedTls, defaultServer = false): string[] {
  const flags = `ssl${tls.http2 === 'listen' ? ' http2' : ''}${defaultServer ? ' default_server' : ''}`;
  return [`listen ${tls.listen} ${flags};`, ...(tls.http2 === 'on' ? ['http2 on;'] : [])];
}

function httpsEdge(tls: CheckedTls, host: string): Edge {
  return {
    lines: [
      ...httpsListen(tls),
      `ssl_certificate ${q(`${tls.certDir}/${host}/fullchain.pem`)};`,
      `ssl_certificate_key ${q(`${tls.certDir}/${host}/privkey.pem`)};`,
      ...TLS_SETTINGS,
    ],
    hsts: true,
  };
}

function groupBySite(file: HostsFile): { sites: SiteHosts[]; skipped: string[] } {
  const byPrimary = new Map<string, SiteHosts>();
  const skipped: string[] = [];
  const entries = Object.entries(file.hosts);
  const safe = (host: string, code: string, primary: string) => HOST.test(host) && HOST.test(primary) && CODE.test(code);
  for (const [host, entry] of entries) {
    if (host !== entry.primary) continue;
    if (!safe(host, entry.code, entry.primary)) skipped.push(host);
    else byPrimary.set(host, { code: entry.code, primary: host, status: entry.status === 'active' ? 'active' : 'suspended', aliases: [] });
  }
  for (const [host, entry] of entries) {
    if (host === entry.primary) continue;
    const site = byPrimary.get(entry.primary);
    if (site && safe(host, entry.code, entry.primary)) site.aliases.push(host);
    else skipped.push(host);
  }
  const sites = [...byPrimary.values()].sort((a, b) => a.primary.localeCompare(b.primary));
  for (const site of sites) site.aliases.sort();
  return { sites, skipped };
}

/** A quoted nginx string; the patterns above already exclude quotes and `$`, this is belt and braces. */
const q = (value: string) => `"${value.replace(/["\\$]/g, '')}"`;

/** Lines, each indented and on its own line. */
const indent = (lines: string[], spaces: number) => lines.map((line) => `${' '.repeat(spaces)}${line}`).join('\n');

/**
 * The browser-security headers (libs/shared, the values apps/site sends) as add_header lines,
 * `always` so 404 and 503 pages carry them too. A location with an add_header of its own inherits
 * none from its server, so every location that serves files lists them all.
 */
function securityHeaders(headers: Readonly<Record<string, string>>, hsts: boolean): string[] {
  const all = hsts ? { ...headers, 'Strict-Transport-Security': HSTS } : headers;
  return Object.entries(all).map(([name, value]) => `add_header ${name} ${q(value)} always;`);
}

function header(upstream: string): string {
  return `# Generated by Zhanqun from the site domains in the database: do not edit.
# The worker rewrites this file whenever a domain or a site's status changes; reload nginx after.
upstream zhanqun_site {
    server ${upstream};
    keepalive 32;
}`;
}

/**
 * A host of no site: the platform's 404 page over HTTP. Over HTTPS there is no certificate to
 * show for an unknown name, so the handshake is refused (and no site's certificate or pages are
 * shown for a name that is not its own).
 */
function defaultServer(root: string, listen: string, tls: CheckedTls | null): string {
  const lines = [
    `listen ${listen} default_server;`,
    ...(tls ? [...httpsListen(tls, true), 'ssl_reject_handshake on;', ...TLS_SETTINGS] : []),
  ];
  return `# A host of no site: the platform's 404 page${tls ? ' (over HTTPS the handshake is refused)' : ''}.
server {
${indent(lines, 4)}
    server_name _;
    root ${q(`${root}/platform`)};
    server_tokens off;
    error_page 404 /404.html;
    location = /404.html {
        internal;
${indent(securityHeaders(PLATFORM_PAGE_SECURITY_HEADERS, false), 8)}
    }
    location / { return 404; }
}`;
}

/**
 * nginx is the edge: it replaces any X-Forwarded-For a client sends with the client's address, so
 * apps/site (which believes nginx, TRUST_PROXY) cannot be handed a forged one.
 */
const PROXY = [
  'proxy_pass http://zhanqun_site;',
  'proxy_http_version 1.1;',
  'proxy_set_header Connection "";',
  'proxy_set_header Host $host;',
  'proxy_set_header X-Forwarded-For $remote_addr;',
  'proxy_set_header X-Forwarded-Proto $scheme;',
];

function activeServer(site: SiteHosts, siteRoot: string, edge: Edge): string {
  const headers = securityHeaders(PAGE_SECURITY_HEADERS, edge.hsts);
  // apps/site sends the page headers itself: nginx adds only HSTS to its answers.
  const proxy = edge.hsts ? [...PROXY, `add_header Strict-Transport-Security ${q(HSTS)} always;`] : PROXY;
  return `# ${site.code}
server {
${indent(edge.lines, 4)}
    server_name ${q(site.primary)};
    root ${q(siteRoot)};
    index index.html;
    charset utf-8;
    server_tokens off;
    gzip on;
    gzip_types text/css application/javascript application/xml application/rss+xml image/svg+xml application/json;
    error_page 404 /404.html;

    location ~ ${DYNAMIC} {
${indent(proxy, 8)}
    }

    # Published copies of uploads and the theme's assets.
    location ~ ^/(uploads|assets)/ {
        expires 1h;
${indent(headers, 8)}
        try_files $uri =404;
    }

    location / {
        add_header Cache-Control "no-cache";
${indent(headers, 8)}
        try_files $uri $uri/index.html =404;
    }
}`;
}

/** The site's own 503 page (published with the site), else the platform's. */
function suspendedServer(site: SiteHosts, siteRoot: string, root: string, edge: Edge): string {
  const notice = [
    `add_header Retry-After ${RETRY_AFTER_SECONDS} always;`,
    'add_header Cache-Control "no-store" always;',
    ...securityHeaders(PAGE_SECURITY_HEADERS, edge.hsts),
  ];
  const platformNotice = [...notice.slice(0, 2), ...securityHeaders(PLATFORM_PAGE_SECURITY_HEADERS, edge.hsts)];
  return `# ${site.code} (suspended)
server {
${indent(edge.lines, 4)}
    server_name ${q(site.primary)};
    root ${q(siteRoot)};
    charset utf-8;
    server_tokens off;
    # A named location: /503.html itself is answered 503 like every other path.
    error_page 503 @notice;
    location @notice {
${indent(notice, 8)}
        try_files /503.html @platform_notice;
    }
    location @platform_notice {
        root ${q(`${root}/platform`)};
${indent(platformNotice, 8)}
        try_files /503.html =503;
    }
    location / { return 503; }
}`;
}

/** Old domains keep their links working: same path and query on the primary domain. */
function aliasServer(site: SiteHosts, listen: string, port: string): string {
  return `# ${site.code} aliases
server {
    listen ${listen};
    server_name ${site.aliases.map(q).join(' ')};
    server_tokens off;
    return 301 $scheme://${site.primary}${port}$request_uri;
}`;
}

/** Plain HTTP on the primary domain and every alias: the same path and query over HTTPS, on the primary domain. */
function httpsRedirectServer(site: SiteHosts, listen: string): string {
  return `# ${site.code} over plain HTTP
server {
    listen ${listen};
    server_name ${[site.primary, ...site.aliases].map(q).join(' ')};
    server_tokens off;
    return 301 https://${site.primary}$request_uri;
}`;
}

/** An alias with a certificate of its own, over HTTPS: to the primary domain. */
function httpsAliasServer(site: SiteHosts, alias: string, edge: Edge): string {
  return `# ${site.code} alias
server {
${indent(edge.lines, 4)}
    server_name ${q(alias)};
    server_tokens off;
    add_header Strict-Transport-Security ${q(HSTS)} always;
    return 301 https://${site.primary}$request_uri;
}`;
}
