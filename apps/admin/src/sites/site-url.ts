import type { SiteKind } from './queries';

/** The primary domain a new site gets (统一域名): the portal at `www.`, every other site at `<code>.`. */
export function primaryHostFor(kind: SiteKind, code: string, platformDomain: string): string {
  return `${kind === 'portal' ? 'www' : code}.${platformDomain}`;
}

/** The citizens' address of a host, with the sites' public port (none for 80). */
export function siteUrl(host: string, publicPort: number | null): string {
  return `http://${host}${publicPort ? `:${publicPort}` : ''}/`;
}

/** The alias hosts typed one per line or separated by commas/spaces, lower-cased, without duplicates. */
export function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,,;;]+/)
        .map((host) => host.trim().toLowerCase().replace(/\.$/, ''))
        .filter(Boolean),
    ),
  ];
}
