import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_THEME_DIR, findThemeDir } from './default-theme';

const repo = resolve(__dirname, '..', '..', '..');

describe('DEFAULT_THEME_DIR', () => {
  it('is <repo>/templates/default from the sources', () => {
    expect(DEFAULT_THEME_DIR).toBe(join(repo, 'templates', 'default'));
    expect(existsSync(join(DEFAULT_THEME_DIR, 'layout.hbs'))).toBe(true);
  });

  it('is found from the compiled output in dist/ too', () => {
    expect(findThemeDir(join(repo, 'dist', 'libs', 'templating', 'src'))).toBe(join(repo, 'templates', 'default'));
  });

  it('fails clearly when there is no theme above', () => {
    expect(() => findThemeDir('/')).toThrow(/templates\/default not found/);
  });
});
