import { MediaFile, type MediaStorage } from '@zhanqun/media';
import type { Database } from '@zhanqun/shared';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { In } from 'typeorm';

const UPLOAD_IMAGE = /(<img\b[^>]*?\bsrc=")(\/uploads\/[\w./-]+)(")/g;
const ASSET_REF = /\/assets\/([\w.-]+\.(?:svg|png|jpe?g|gif|webp))/g;
const STYLESHEET = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\/assets\/([\w.-]+\.css)"[^>]*>/g;
const IMAGE_TYPES: Record<string, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};
/** A picture of the page, not the site: nothing reacts to the pointer. */
const INERT = '<style>a,button,input,select,textarea,label,summary{pointer-events:none!important}</style>';

const dataUri = (mime: string, content: Buffer) => `data:${mime};base64,${content.toString('base64')}`;

/** The theme's own images (emblems) as data URIs: the console's frame loads nothing from elsewhere. */
async function inlineAssets(text: string, assetsDir: string): Promise<string> {
  const names = [...new Set([...text.matchAll(ASSET_REF)].map((match) => match[1]))];
  const files = new Map<string, string>();
  for (const name of names) {
    const content = await readFile(join(assetsDir, name)).catch(() => null);
    if (content) files.set(name, dataUri(IMAGE_TYPES[extname(name).slice(1).toLowerCase()], content));
  }
  return text.replace(ASSET_REF, (path, name: string) => files.get(name) ?? path);
}

/**
 * Makes a rendered page show as the site will from inside the console's sandboxed frame, which
 * inherits the console's content policy (its own origin, inline styles and data: only): the
 * theme's stylesheet is inlined, its images and the body's pictures (private until the article is
 * live) become data URIs, and scripts are dropped (the sandbox would only log blocking them).
 * Pictures are files of the site in context.
 */
export async function framedPreview(html: string, assetsDir: string, db: Database, storage: MediaStorage) {
  const paths = [...new Set([...html.matchAll(UPLOAD_IMAGE)].map((match) => match[2]))];
  const files = paths.length ? await db.tenant(MediaFile).findBy({ publicPath: In(paths), kind: 'image' }) : [];
  const uploads = new Map<string, string>();
  for (const file of files) {
    const content = await storage.read(file.siteId, file.publicPath).catch(() => null);
    if (content) uploads.set(file.publicPath, dataUri(file.mime, content));
  }
  const sheets = new Map<string, string>();
  for (const [, name] of html.matchAll(STYLESHEET)) {
    const css = await readFile(join(assetsDir, name), 'utf8').catch(() => null);
    if (css !== null) sheets.set(name, await inlineAssets(css, assetsDir));
  }
  const page = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link\b[^>]*\brel="(?:icon|alternate)"[^>]*>/g, '')
    .replace(STYLESHEET, (link, name: string) => (sheets.has(name) ? `<style>${sheets.get(name)!.replace(/<\//g, '<\\/')}</style>` : link))
    .replace(UPLOAD_IMAGE, (match, start: string, path: string, end: string) =>
      uploads.has(path) ? start + uploads.get(path) + end : match,
    )
    .replace(/<\/head>/i, `${INERT}</head>`);
  return inlineAssets(page, assetsDir);
}
