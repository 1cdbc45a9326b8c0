import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { templateOfFile } from './template-names';

/** Template sources by template name (`layout`, `page.home`, `partial.footer` ...). */
export type ThemeSources = Record<string, string>;

/** Every template of a theme folder: layout.hbs, pages/*.hbs, partials/*.hbs. */
export function readThemeDir(themeDir: string): ThemeSources {
  const sources: ThemeSources = {};
  const files = ['layout.hbs', ...['pages', 'partials'].flatMap((dir) => readdirSync(join(themeDir, dir)).map((file) => `${dir}/${file}`))];
  for (const file of files) {
    const name = templateOfFile(file);
    if (name) sources[name] = readFileSync(join(themeDir, file), 'utf8');
  }
  return sources;
}

/**
 * The page types each template shows up in: a page template in its own type, a partial in
 * every type whose page template (or the layout) includes it, directly or through other partials.
 */
export function pageTypesUsing(sources: ThemeSources, pageTypes: readonly string[]): Map<string, Set<string>> {
  const includes = new Map<string, string[]>();
  for (const [name, source] of Object.entries(sources)) {
    includes.set(
      name,
      [...source.matchAll(/\{\{#?>\s*([A-Za-z0-9_-]+)/g)].map((match) => `partial.${match[1]}`),
    );
  }
  const using = new Map<string, Set<string>>(Object.keys(sources).map((name) => [name, new Set<string>()]));
  const mark = (name: string, type: string, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    using.get(name)?.add(type);
    for (const partial of includes.get(name) ?? []) mark(partial, type, seen);
  };
  for (const type of pageTypes) {
    mark(`page.${type}`, type, new Set());
    mark('layout', type, new Set());
  }
  return using;
}
