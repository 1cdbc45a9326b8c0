import type { PageType } from './view-models';

/**
 * Templates are named `layout`, `page.<page type>` and `partial.<partial name>`; in a theme folder
 * or zip they are `layout.hbs`, `pages/<type>.hbs` and `partials/<name>.hbs`.
 */
const NAME = /^(layout|page\.[a-z0-9-]{1,40}|partial\.[a-z0-9-]{1,40})$/;
const FILE = /^(?:(layout)|pages\/([a-z0-9-]{1,40})|partials\/([a-z0-9-]{1,40}))\.hbs$/;

export function isTemplateName(name: string): boolean {
  return NAME.test(name);
}

export function fileOfTemplate(name: string): string {
  if (name === 'layout') return 'layout.hbs';
  const [kind, rest] = name.split('.');
  return `${kind}s/${rest}.hbs`;
}

/** The template name of a theme file path, or null for anything else. */
export function templateOfFile(path: string): string | null {
  const match = FILE.exec(path);
  if (!match) return null;
  return match[1] ? 'layout' : match[2] ? `page.${match[2]}` : `partial.${match[3]}`;
}

export function partialName(name: string): string | null {
  return name.startsWith('partial.') ? name.slice('partial.'.length) : null;
}

export function pageTypeOf(name: string): PageType | null {
  return name.startsWith('page.') ? (name.slice('page.'.length) as PageType) : null;
}

/**
 * Templates the standards lock whole (统一标识, 统一页脚, 统一服务, metadata, search box,
 * disclosure table): a site may not override them.
 */
export const LOCKED_TEMPLATES: ReadonlySet<string> = new Set([
  'partial.head',
  'partial.identity',
  'partial.nav',
  'partial.service-bar',
  'partial.search-box',
  'partial.footer',
  'partial.disclosure-meta',
]);
