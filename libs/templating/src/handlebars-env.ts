import Handlebars from 'handlebars';
import { cssPx, cssValue, safeHref } from './helpers';

/** The only helpers a theme may call (besides Handlebars' built-in block helpers). */
const THEME_HELPERS = {
  eq: (a: unknown, b: unknown) => a === b,
  gt: (a: unknown, b: unknown) => typeof a === 'number' && typeof b === 'number' && a > b,
  /** A style token for the `<style>` block; SafeString because HTML escaping would corrupt quotes there. */
  css: (value: unknown) => new Handlebars.SafeString(cssValue(value)),
  px: (value: unknown) => cssPx(value),
  /** Escaped for a quoted attribute, but `=` stays readable in query strings (Handlebars would write &#x3D;). */
  href: (value: unknown) => new Handlebars.SafeString(escapeAttribute(safeHref(value))),
  /**
   * `{{#locked "footer"}}…{{/locked}}` marks a region the standards lock: it renders as is, and
   * a site's override of the template must keep it unchanged (template-check.ts).
   */
  locked: function (this: unknown, _name: unknown, options: Handlebars.HelperOptions) {
    return options.fn(this);
  },
} as const;

/**
 * An isolated Handlebars instance (never the global one): only the helpers the theme needs,
 * none that reach files, the network or the console. Prototype access stays off when rendering.
 */
export function createHandlebarsEnv(): typeof Handlebars {
  const env = Handlebars.create();
  env.unregisterHelper('log');
  for (const [name, helper] of Object.entries(THEME_HELPERS)) env.registerHelper(name, helper);
  return env;
}

export const RUNTIME_OPTIONS: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

/**
 * `knownHelpersOnly`: a template calling any other helper fails at load instead of at render,
 * and plain `{{value}}` lookups compile to direct property reads (faster, no helper dispatch).
 */
export const COMPILE_OPTIONS: CompileOptions = {
  strict: false,
  noEscape: false,
  preventIndent: true,
  knownHelpers: { eq: true, gt: true, css: true, px: true, href: true, locked: true, log: false },
  knownHelpersOnly: true,
};

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"'`]/g, (char) => ATTRIBUTE_ESCAPES[char]);
}
