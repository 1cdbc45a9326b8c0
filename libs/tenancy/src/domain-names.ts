/** Host name rules (统一域名): lower-case LDH labels, 253 characters at most. */
const HOST = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function normalizeHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

export function isValidHost(host: string): boolean {
  return HOST.test(host);
}

/** The primary domain of a site: the portal at `www.`, every other site at `<code>.`. */
export function primaryHostFor(kind: string, code: string, platformDomain: string): string {
  return `${kind === 'portal' ? 'www' : code}.${platformDomain}`;
}

/** The console and api answer at `admin.<platform domain>` (docker/nginx): no site may take that host. */
export const CONSOLE_HOST_LABEL = 'admin';

/** Site codes that would give a site a host the platform needs for itself. */
export const RESERVED_SITE_CODES: readonly string[] = [CONSOLE_HOST_LABEL];
