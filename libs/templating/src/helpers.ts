/**
 * Pure helper functions behind the theme's Handlebars helpers. No file, network or global access:
 * each one maps a plain value to a plain (or explicitly safe) value.
 */

/** Characters a style token may keep: letters, digits, CJK, spaces and a few CSS punctuation marks. */
const CSS_UNSAFE = /[^\p{L}\p{N} #,.%()'"_-]/gu;
/** CSS functions that fetch or execute something; a token using one is dropped entirely. */
const CSS_FORBIDDEN = /(url|expression|image|image-set|element|src)\s*\(/i;

/**
 * A style token made safe for the `<style>` block, where HTML escaping does not apply:
 * no `<`, `;`, braces, backslashes, colons or comments survive, so a token can neither close the
 * element nor add declarations or rules. Unbalanced quotes are removed too.
 */
export function cssValue(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const kept = String(value).replace(CSS_UNSAFE, '').trim();
  if (CSS_FORBIDDEN.test(kept)) return '';
  const balanced = kept.split('"').length % 2 === 1 && kept.split("'").length % 2 === 1;
  return balanced ? kept : kept.replace(/["']/g, '');
}

/** A font size in px for the style block: a finite number clamped to 12–32, else 16. */
export function cssPx(value: unknown): string {
  const size = typeof value === 'number' ? value : Number.parseFloat(String(value));
  if (!Number.isFinite(size)) return '16px';
  return `${Math.min(32, Math.max(12, Math.round(size)))}px`;
}

/** Schemes a link of a generated page may use; anything else (javascript:, data:, vbscript:) becomes `#`. */
const SAFE_SCHEME = /^(https?:|mailto:|tel:)/i;
/** A scheme is letters, digits, + - . before the first colon that precedes any / ? #. */
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * A URL for `href`/`action` attributes (defence in depth: column links are validated on save).
 * Relative URLs pass; absolute ones only with http(s), mailto or tel. The result is still escaped by `{{ }}`.
 */
export function safeHref(value: unknown): string {
  if (typeof value !== 'string') return '#';
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  const url = value.trim();
  const probe = url.replace(/[\u0000-\u0020]/g, '');
  if (!HAS_SCHEME.test(probe)) return url === '' ? '#' : url;
  return SAFE_SCHEME.test(probe) ? url : '#';
}
