import { posix } from 'node:path';

export type PathResult = { ok: true; path: string } | { ok: false; status: 400 | 404 };

/**
 * The site-relative file path a request URL names, or why it names none. Decoding happens once,
 * then the path is normalised; anything that would climb out of the site's root is refused.
 */
export function requestPath(rawUrl: string): PathResult {
  const pathname = rawUrl.split('?', 1)[0].split('#', 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\') || !decoded.startsWith('/')) return { ok: false, status: 400 };
  // Dot segments climb out of the root; other dot-files (temp files of the publisher) are private.
  if (decoded.split('/').some((segment) => segment.startsWith('.'))) {
    return { ok: false, status: 404 };
  }
  const normalised = posix.normalize(decoded);
  if (!normalised.startsWith('/')) return { ok: false, status: 404 };
  return { ok: true, path: normalised.endsWith('/') ? `${normalised}index.html` : normalised };
}
