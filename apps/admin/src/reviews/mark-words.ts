/** A pattern matching any of the words, longest first (so 体育彩票 wins over 彩票); null for none. */
export function wordPattern(words: readonly string[]): RegExp | null {
  const unique = [...new Set(words.filter((word) => word.length > 0))].sort((a, b) => b.length - a.length);
  if (!unique.length) return null;
  return new RegExp(unique.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
}

/** `text` cut into the parts that match `pattern` and the parts between, in order. */
export function splitByWords(text: string, pattern: RegExp | null): { text: string; word: boolean }[] {
  if (!pattern) return [{ text, word: false }];
  const parts: { text: string; word: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), word: false });
    parts.push({ text: match[0], word: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), word: false });
  return parts;
}

/**
 * The article body (sanitized HTML from the API) with each warn word in its text wrapped in
 * `<mark>`. The HTML is parsed into an inert document, so words inside tags or attributes are
 * never touched and nothing in it runs.
 */
export function markWords(html: string, words: readonly string[]): string {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const pattern = wordPattern(words);
  if (!pattern) return document.body.innerHTML;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const node of texts) {
    const parts = splitByWords(node.data, pattern);
    if (!parts.some((part) => part.word)) continue;
    node.replaceWith(
      ...parts.map((part) => {
        if (!part.word) return part.text;
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        return mark;
      }),
    );
  }
  return document.body.innerHTML;
}
