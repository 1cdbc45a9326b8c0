/** Plain-text fields shown on pages: no markup brackets and no control characters. */
export const PLAIN_TEXT = /^[^<>\u0000-\u001f]*$/u;
