/**
 * A request target split into its decoded, normalised path and its raw query. The path always
 * starts with `/`, has no empty, `.` or `..` segments, and keeps a trailing slash if it had one.
 */
export type RequestPath = { ok: true; path: string; query: string } | { ok: false; status: 400 | 404 };

const BAD_REQUEST: RequestPath = Object.freeze({ ok: false, status: 400 });
const NOT_FOUND: RequestPath = Object.freeze({ ok: false, status: 404 });

/**
 * Parses `request.url`. Percent-decoding happens exactly once, before any check, so encoded
 * tricks (`%2e%2e`, `%2f`, `%5c`, `%00`) meet the same rules as plain ones:
 * - malformed percent-encoding, NUL bytes, backslashes, or a target that is not a path → 400;
 * - any segment starting with a dot (`.`, `..`, and hidden files such as the publisher's
 *   `.<random>.tmp` files) → 404. Browsers remove dot segments before sending, so only
 *   hand-made requests ever contain them.
 */
export function parseRequestPath(url: string): RequestPath {
  const mark = url.indexOf('?');
  let pathname = mark === -1 ? url : url.slice(0, mark);
  const query = mark === -1 ? '' : url.slice(mark + 1);
  const hash = pathname.indexOf('#');
  if (hash !== -1) pathname = pathname.slice(0, hash);
  if (pathname.charCodeAt(0) !== 47 /* / */) return BAD_REQUEST;

  // Fast path: nothing encoded, nothing to normalise.
  if (
    !pathname.includes('%') &&
    !pathname.includes('/.') &&
    !pathname.includes('//') &&
    !pathname.includes('\\') &&
    !pathname.includes('\0')
  ) {
    return { ok: true, path: pathname, query };
  }

  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return BAD_REQUEST;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return BAD_REQUEST;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '') continue;
    if (segment.charCodeAt(0) === 46 /* . */) return NOT_FOUND;
    segments.push(segment);
  }
  if (segments.length === 0) return { ok: true, path: '/', query };
  const trailing = decoded.endsWith('/') ? '/' : '';
  return { ok: true, path: `/${segments.join('/')}${trailing}`, query };
}

/** Percent-encodes a normalised path for a Location header, segment by segment. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}
