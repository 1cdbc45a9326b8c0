/** The theme's static files as the console serves them, by file name (site.css → a URL). */
export type ThemeAssetUrls = Record<string, string>;

const ASSET_PATH = /^\/assets\/([\w.-]+)$/;

/** Stands in for the site's own images (uploads), which the console's policy does not load. */
const IMAGE_PLACEHOLDER =
  'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"><rect width="4" height="3" fill="#e5e7eb"/></svg>');

/** Nothing in a preview reacts to the pointer: it is a picture of the page, not the site. */
const INERT_STYLE = 'a,button,input,select,textarea,label,summary{pointer-events:none!important}';

/**
 * Makes a rendered page fit the console's sandboxed frame, which inherits the console's content
 * policy (its own origin and data: only): the theme's css and emblems come from the console's
 * bundle, the site's uploaded images show as grey boxes, scripts are dropped (a sandbox without
 * scripts would only log that it blocked them), and links and forms do nothing.
 */
export function framePreview(html: string, assets: ThemeAssetUrls): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('script').forEach((script) => script.remove());
  doc.querySelectorAll('link[href]').forEach((link) => {
    const name = ASSET_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (name && assets[name]) link.setAttribute('href', assets[name]);
    else if (link.getAttribute('rel') === 'stylesheet' || link.getAttribute('rel') === 'icon') link.remove();
  });
  doc.querySelectorAll('img').forEach((image) => {
    const src = image.getAttribute('src') ?? '';
    const name = ASSET_PATH.exec(src)?.[1];
    if (name && assets[name]) image.setAttribute('src', assets[name]);
    else if (!src.startsWith('data:')) image.setAttribute('src', IMAGE_PLACEHOLDER);
    image.removeAttribute('srcset');
  });
  const style = doc.createElement('style');
  style.textContent = INERT_STYLE;
  doc.head.append(style);
  doc.querySelectorAll('a[href], button, input, select, textarea, summary').forEach((element) => element.setAttribute('tabindex', '-1'));
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
