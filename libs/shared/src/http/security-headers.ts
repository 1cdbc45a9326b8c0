/**
 * The browser-security headers of the citizens' pages: one source for apps/site (every answer it
 * gives) and the generated nginx server blocks (the files nginx serves itself), so a page carries
 * the same policy whichever of the two served it (docs/decisions.md "Transport and browser
 * security").
 *
 * This module imports nothing: apps/site's static server loads it by relative path, without the
 * rest of @zhanqun/shared (the database and Redis clients it never needs).
 */

/**
 * Scripts only from the site's own origin (the theme's /assets/site.js; no inline script, no
 * `on*=` handler, no `javascript:` URL anywhere in the theme). Styles also inline: the standards'
 * style tokens are a `<style>` block in every page and sanitized article bodies keep
 * `style="text-align:…"`. Images also over https: article bodies may show images of other sites.
 */
const PAGE_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
];

export const PAGE_CSP = PAGE_DIRECTIVES.join('; ');

/**
 * The platform's own 404/503 pages answer for hosts of no site (or a site without its own
 * notice): their search box sends to the portal, another origin, so forms may go to any web
 * origin there. Everything else is the page policy.
 */
export const PLATFORM_PAGE_CSP = PAGE_DIRECTIVES.map((directive) =>
  directive.startsWith('form-action ') ? "form-action 'self' http: https:" : directive,
).join('; ');

/** Browser features no citizens' page uses. */
export const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** Headers of every answer of a citizens' site: pages, assets, notices, redirects. */
export const PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': PAGE_CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'SAMEORIGIN',
  'Permissions-Policy': PERMISSIONS_POLICY,
});

/** The same for the platform's own notice pages (see PLATFORM_PAGE_CSP). */
export const PLATFORM_PAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  ...PAGE_SECURITY_HEADERS,
  'Content-Security-Policy': PLATFORM_PAGE_CSP,
});

/**
 * HSTS for every host nginx serves over HTTPS: one year, this host only. No includeSubDomains:
 * a site's domain (or an alias such as a city's bare domain) can be the parent of hosts this
 * platform does not serve, which must not be forced to HTTPS by us. No preload either.
 */
export const HSTS = 'max-age=31536000';
