/** What the server needs to know about a file from its extension. */
export interface MediaType {
  /** The Content-Type header value. */
  type: string;
  /** Worth compressing with gzip/brotli (text formats, svg, uncompressed fonts). */
  compressible: boolean;
  /** The Cache-Control header value for a 200 response. */
  cacheControl: string;
}

/** Pages (html, and the xml site map) change whenever the publisher runs: revalidate every time (cheap with the ETag). */
const DOCUMENT = 'no-cache';
/** Assets and attachments: cache for an hour. */
const ASSET = 'public, max-age=3600';

const TABLE: Record<string, [type: string, compressible: boolean, cacheControl: string]> = {
  html: ['text/html; charset=utf-8', true, DOCUMENT],
  htm: ['text/html; charset=utf-8', true, DOCUMENT],
  xml: ['application/xml; charset=utf-8', true, DOCUMENT],
  json: ['application/json; charset=utf-8', true, ASSET],
  txt: ['text/plain; charset=utf-8', true, ASSET],
  css: ['text/css; charset=utf-8', true, ASSET],
  js: ['text/javascript; charset=utf-8', true, ASSET],
  mjs: ['text/javascript; charset=utf-8', true, ASSET],
  map: ['application/json; charset=utf-8', true, ASSET],
  csv: ['text/csv; charset=utf-8', true, ASSET],
  svg: ['image/svg+xml', true, ASSET],
  png: ['image/png', false, ASSET],
  jpg: ['image/jpeg', false, ASSET],
  jpeg: ['image/jpeg', false, ASSET],
  gif: ['image/gif', false, ASSET],
  webp: ['image/webp', false, ASSET],
  avif: ['image/avif', false, ASSET],
  ico: ['image/x-icon', true, ASSET],
  woff2: ['font/woff2', false, ASSET],
  woff: ['font/woff', false, ASSET],
  ttf: ['font/ttf', true, ASSET],
  otf: ['font/otf', true, ASSET],
  pdf: ['application/pdf', false, ASSET],
  ofd: ['application/ofd', false, ASSET],
  doc: ['application/msword', false, ASSET],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', false, ASSET],
  xls: ['application/vnd.ms-excel', false, ASSET],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', false, ASSET],
  ppt: ['application/vnd.ms-powerpoint', false, ASSET],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', false, ASSET],
  wps: ['application/vnd.ms-works', false, ASSET],
  rtf: ['application/rtf', true, ASSET],
  zip: ['application/zip', false, ASSET],
  rar: ['application/vnd.rar', false, ASSET],
  '7z': ['application/x-7z-compressed', false, ASSET],
  mp3: ['audio/mpeg', false, ASSET],
  mp4: ['video/mp4', false, ASSET],
};

const UNKNOWN: MediaType = Object.freeze({ type: 'application/octet-stream', compressible: false, cacheControl: ASSET });

const BY_EXTENSION = new Map<string, MediaType>(
  Object.entries(TABLE).map(([extension, [type, compressible, cacheControl]]) => [
    extension,
    Object.freeze({ type, compressible, cacheControl }),
  ]),
);

/** The extension of the last path segment, lower-cased, without the dot ('' when none). */
export function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return '';
  return path.slice(dot + 1).toLowerCase();
}

/** The media type of a path; unknown extensions are `application/octet-stream`. */
export function mediaTypeOf(path: string): MediaType {
  return BY_EXTENSION.get(extensionOf(path)) ?? UNKNOWN;
}
