import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest `templates/default` holding a `layout.hbs`, walking up from `start`: finds
 * `<repo>/templates/default` from the sources (libs/templating/src) and from the build
 * (dist/libs/templating/src), since dist/ has no templates folder of its own.
 */
export function findThemeDir(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'default');
    if (existsSync(join(candidate, 'layout.hbs'))) return candidate;
    if (dir === dirname(dir)) throw new Error(`templates/default not found above ${start}`);
  }
}

export const DEFAULT_THEME_DIR = findThemeDir(__dirname);
