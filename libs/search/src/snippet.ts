import { escapeHtml } from '@zhanqun/shared';

/** A piece of plain text; `hit` pieces are shown highlighted. */
export interface TextSegment {
  text: string;
  hit: boolean;
}

/** HTML of segments: every piece escaped, hits wrapped in <em>. */
export function segmentsHtml(segments: TextSegment[]): string {
  return segments.map(({ text, hit }) => (hit ? `<em>${escapeHtml(text)}</em>` : escapeHtml(text))).join('');
}

/** Longest first, so 义务教育 is marked as a whole rather than as 义务 then 教育. */
function byLengthDesc(words: string[]): string[] {
  return [...new Set(words.filter((word) => word.length > 0))].sort((a, b) => b.length - a.length);
}

/** Keeps `index` off the second half of a surrogate pair (an emoji is never cut in two). */
function codePointBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index + 1 : index;
}

/** Splits `text` into plain and hit segments; matching ignores latin case. */
export function highlight(text: string, words: string[]): TextSegment[] {
  const lower = text.toLowerCase();
  // toLowerCase may change a few characters' lengths; then match the text as it is.
  const haystack = lower.length === text.length ? lower : text;
  const candidates = byLengthDesc(words.map((word) => word.toLowerCase()));
  const segments: TextSegment[] = [];
  const push = (piece: string, hit: boolean) => {
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += piece;
    else segments.push({ text: piece, hit });
  };
  let plainStart = 0;
  let index = 0;
  while (index < text.length) {
    const word = candidates.find((candidate) => haystack.startsWith(candidate, index));
    if (word === undefined) {
      index++;
      continue;
    }
    if (index > plainStart) push(text.slice(plainStart, index), false);
    push(text.slice(index, index + word.length), true);
    index += word.length;
    plainStart = index;
  }
  if (plainStart < text.length) push(text.slice(plainStart), false);
  return segments;
}

/**
 * A window of about `length` characters of `text` around its first hit (its beginning if
 * there is none), highlighted, with … where text was cut.
 */
export function snippet(text: string, words: string[], length = 120): TextSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const lower = flat.toLowerCase();
  const haystack = lower.length === flat.length ? lower : flat;
  const positions = byLengthDesc(words.map((word) => word.toLowerCase()))
    .map((word) => haystack.indexOf(word))
    .filter((position) => position >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  const start = codePointBoundary(flat, Math.max(0, Math.min(first - Math.floor(length / 4), flat.length - length)));
  const end = codePointBoundary(flat, Math.min(flat.length, start + length));
  const segments = highlight(flat.slice(start, end), words);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < flat.length) segments.push({ text: '…', hit: false });
  return segments;
}
