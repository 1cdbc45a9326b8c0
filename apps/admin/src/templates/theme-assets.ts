import type { ThemeAssetUrls } from './preview-html';

/**
 * The default theme's static files (css, emblems), bundled with the console so a preview in a
 * sandboxed frame is styled as the site is: the same release ships both.
 */
const files = import.meta.glob<string>('../../../../templates/default/assets/*.{css,svg}', {
  query: '?url',
  import: 'default',
  eager: true,
});

export const THEME_ASSETS: ThemeAssetUrls = Object.fromEntries(
  Object.entries(files).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), new URL(url, window.location.href).href]),
);
