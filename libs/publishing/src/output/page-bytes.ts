const encoder = new TextEncoder();
/** Large enough for nearly every page; a larger one grows it once. */
let scratch = Buffer.allocUnsafe(256 * 1024);

/**
 * A rendered page as UTF-8 bytes. A text page is encoded into one reused buffer rather than a new
 * one per page: the view returned is valid until the next call, which is all a page needs, since
 * it is hashed and written synchronously (PageOutput.put).
 */
export const PageBytes = {
  of(body: string | Buffer): Buffer {
    if (typeof body !== 'string') return body;
    const first = encoder.encodeInto(body, scratch);
    if (first.read === body.length) return scratch.subarray(0, first.written);
    // At most 3 bytes per UTF-16 unit: the second pass always fits.
    scratch = Buffer.allocUnsafe(body.length * 3);
    return scratch.subarray(0, encoder.encodeInto(body, scratch).written);
  },
};
