/**
 * Cleans HTML pasted from Word or WPS down to what the server's sanitizer keeps (libs/content
 * sanitize-body.ts): structure (headings, paragraphs, lists, tables), emphasis and links stay;
 * Office markup (mso styles, `<o:p>`, conditional comments, Mso classes, `<font>`, spans) goes.
 * Word's fake lists (paragraphs with an `mso-list` style and a typed marker) become real lists.
 */

const KEEP_TAGS = new Set([
  'h2', 'h3', 'h4', 'p', 'br', 'hr', 'blockquote', 'pre', 'code', 'ul', 'ol', 'li',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'img', 'a', 'strong', 'em', 'u', 's', 'sub', 'sup',
]); // prettier-ignore

const RENAME: Record<string, string> = { h1: 'h2', h5: 'h4', h6: 'h4', b: 'strong', i: 'em', strike: 's', del: 's', ins: 'u' };
const DROP_WITH_CONTENT = new Set([
  'script',
  'style',
  'meta',
  'link',
  'title',
  'xml',
  'head',
  'noscript',
  'iframe',
  'object',
  'svg',
  'math',
]);

const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'target'],
  img: ['src', 'alt', 'title'],
  th: ['colspan', 'rowspan'],
  td: ['colspan', 'rowspan'],
  ol: ['start'],
};
const ALIGNED = new Set(['p', 'h2', 'h3', 'h4', 'td', 'th']);
const SAFE_LINK = /^(https?:|mailto:|tel:|\/(?!\/)|#)/i;
const SAFE_IMAGE = /^(https?:|\/uploads\/)/i;
const ORDERED_MARKER = /^[(（]?(\d+|[a-z]|[ivxlc]+|[一二三四五六七八九十]+)[.)）、.]/i;

const MARKER_ATTR = 'data-list-marker';

/** Word's list markers live in conditional blocks; keep their text on the paragraph, drop the rest. */
function markListMarkers(html: string): string {
  return html
    .replace(/<!(?:--)?\[if !supportLists\](?:--)?>([\s\S]*?)<!(?:--)?\[endif\](?:--)?>/gi, (_, marker: string) => {
      const text = marker
        .replace(/<[^>]*>/g, '')
        .replace(/&nbsp;|\s/g, '')
        .trim();
      return `<span ${MARKER_ATTR}="${text.replace(/"/g, '')}"></span>`;
    })
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!\[if[^\]]*\]>|<!\[endif\]>/gi, '');
}

function alignment(element: Element): string | null {
  const style = element.getAttribute('style') ?? '';
  const match = /text-align\s*:\s*(left|right|center|justify)/i.exec(style);
  const align = match?.[1] ?? element.getAttribute('align');
  return align && /^(left|right|center|justify)$/i.test(align) && align.toLowerCase() !== 'left' ? align.toLowerCase() : null;
}

/** Bold, italic and underline that WPS expresses as span styles. */
function emphasisOf(element: Element): string[] {
  const style = (element.getAttribute('style') ?? '').toLowerCase();
  const tags: string[] = [];
  if (/font-weight\s*:\s*(bold|[6-9]00)/.test(style)) tags.push('strong');
  if (/font-style\s*:\s*italic/.test(style)) tags.push('em');
  if (/text-decoration[^;]*underline/.test(style)) tags.push('u');
  return tags;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function isBlank(element: Element): boolean {
  return !element.querySelector('img,br,table') && !(element.textContent ?? '').replace(/[\s\u00a0\u200b]/g, '');
}

function cleanElement(element: Element, document: Document): void {
  for (const child of Array.from(element.children)) cleanElement(child, document);
  const name = element.tagName.toLowerCase();
  if (name.includes(':') || DROP_WITH_CONTENT.has(name)) {
    // Office namespaces (o:p, v:shape, w:…) carry nothing the page shows.
    element.remove();
    return;
  }
  if (name === 'span' || name === 'font') {
    const emphasis = emphasisOf(element);
    if (!emphasis.length || isBlank(element)) return unwrap(element);
    const outer = document.createElement(emphasis[0]);
    let inner = outer;
    for (const tag of emphasis.slice(1)) inner = inner.appendChild(document.createElement(tag));
    inner.append(...Array.from(element.childNodes));
    element.replaceWith(outer);
    return;
  }
  const target = RENAME[name] ?? name;
  if (!KEEP_TAGS.has(target)) return unwrap(element);
  if (target === 'img' && !SAFE_IMAGE.test(element.getAttribute('src') ?? '')) return element.remove();
  if (target === 'a' && !SAFE_LINK.test(element.getAttribute('href') ?? '')) return unwrap(element);
  const kept = document.createElement(target);
  for (const attribute of ATTRIBUTES[target] ?? []) {
    const value = element.getAttribute(attribute);
    if (value !== null) kept.setAttribute(attribute, value);
  }
  const align = ALIGNED.has(target) ? alignment(element) : null;
  if (align) kept.setAttribute('style', `text-align: ${align}`);
  kept.append(...Array.from(element.childNodes));
  element.replaceWith(kept);
}

/** Consecutive paragraphs carrying a Word list marker become one `<ul>` or `<ol>`. */
function rebuildLists(body: HTMLElement, document: Document): void {
  let list: HTMLElement | null = null;
  for (const paragraph of Array.from(body.children)) {
    const marker = paragraph.querySelector(`[${MARKER_ATTR}]`);
    if (paragraph.tagName !== 'P' || !marker) {
      list = null;
      continue;
    }
    const ordered = ORDERED_MARKER.test(marker.getAttribute(MARKER_ATTR) ?? '');
    const tag = ordered ? 'OL' : 'UL';
    if (!list || list.tagName !== tag) {
      list = document.createElement(tag);
      paragraph.before(list);
    }
    marker.remove();
    const item = document.createElement('li');
    const text = document.createElement('p');
    text.append(...Array.from(paragraph.childNodes));
    item.append(text);
    list.append(item);
    paragraph.remove();
  }
  body.querySelectorAll(`[${MARKER_ATTR}]`).forEach((marker) => marker.remove());
}

export function cleanPastedHtml(html: string): string {
  const document = new DOMParser().parseFromString(markListMarkers(html), 'text/html');
  const { body } = document;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));
  rebuildLists(body, document);
  for (const child of Array.from(body.children)) cleanElement(child, document);
  body.querySelectorAll('p').forEach((paragraph) => {
    if (isBlank(paragraph) && !paragraph.closest('td,th,li')) paragraph.remove();
  });
  return body.innerHTML.replace(/>\s*\n\s*</g, '><').trim();
}
