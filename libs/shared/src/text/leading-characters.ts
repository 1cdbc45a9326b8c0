/**
 * The first `count` characters of `text`, counting a 4-byte character (an emoji, a rare CJK
 * ideograph) as one and never splitting its surrogate pair. Walks only as far as it keeps.
 */
export function leadingCharacters(text: string, count: number): string {
  let end = 0;
  for (let kept = 0; kept < count && end < text.length; kept++) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
  }
  return text.slice(0, end);
}
