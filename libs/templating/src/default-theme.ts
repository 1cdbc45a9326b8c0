import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** `<repo>/templates/default`, found from the sources (libs/templating/src) or from dist/. */
function findThemeDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'templates', 'default');
    if (existsSync(join(candidate, 'layout.hbs'))) return candidate;
  }
  throw new Error(`templates/default not found above ${__dirname}`);
}

export const DEFAULT_THEME_DIR = findThemeDir();
