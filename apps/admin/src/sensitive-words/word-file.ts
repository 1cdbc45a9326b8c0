/** The dictionary API takes at most this many characters per import. */
export const MAX_IMPORT_CHARS = 2_000_000;

/**
 * The text of an uploaded word list: UTF-8 (with or without BOM), else GB18030 — word lists made
 * on Chinese Windows are often saved in the local encoding.
 */
export function decodeWordFile(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** The words the API will read from a list: one per line, trimmed, no blanks, `#` lines skipped, once each. */
export function wordsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#')),
    ),
  ];
}
