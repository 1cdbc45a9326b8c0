import { useEffect, useState } from 'react';
import { api, authFetch, unwrap } from '../../api/client';

/**
 * Uploads stay private until an article using them is live, so the console shows them through
 * the API (with the session's token) as object URLs, cached for the page's life.
 */
const objectUrls = new Map<string, Promise<string>>();

async function fetchObjectUrl(url: string): Promise<string> {
  const response = await authFetch(new Request(url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return URL.createObjectURL(await response.blob());
}

function cached(key: string, load: () => Promise<string>): Promise<string> {
  let url = objectUrls.get(key);
  if (!url) {
    url = load();
    url.catch(() => objectUrls.delete(key));
    objectUrls.set(key, url);
  }
  return url;
}

/** An API file URL (…/media/:id/file or /thumbnail) as an object URL. */
export function privateUrl(apiUrl: string): Promise<string> {
  return cached(apiUrl, () => fetchObjectUrl(apiUrl));
}

/** A body's `/uploads/…` image of the site, as an object URL; other URLs are returned as they are. */
export function displayUrl(siteId: number, src: string): Promise<string> {
  if (!src.startsWith('/uploads/')) return Promise.resolve(src);
  return cached(`${siteId}:${src}`, async () => {
    const { items } = await unwrap(api.GET('/api/v1/sites/{siteId}/media', { params: { path: { siteId }, query: { path: src } } }));
    if (!items.length) throw new Error(`no file at ${src}`);
    return privateUrl(items[0].fileUrl);
  });
}

/** Remembers a just uploaded file under its public path, so the editor shows it without a download. */
export function rememberUpload(siteId: number, publicPath: string, file: Blob): void {
  objectUrls.set(`${siteId}:${publicPath}`, Promise.resolve(URL.createObjectURL(file)));
}

/** An API file URL as an object URL for an `<img>`; undefined while loading or when it failed. */
export function usePrivateUrl(apiUrl: string | null | undefined): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    let current = true;
    setUrl(undefined);
    if (apiUrl)
      void privateUrl(apiUrl).then(
        (value) => current && setUrl(value),
        () => undefined,
      );
    return () => {
      current = false;
    };
  }, [apiUrl]);
  return url;
}
