import { useMemo } from 'react';
import { markWords } from './mark-words';

const FRAME_STYLE = `
  body { font: 15px/1.8 -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif; color: #262626; margin: 16px 20px; }
  img { max-width: 100%; height: auto; }
  table { border-collapse: collapse; } td, th { border: 1px solid #d9d9d9; padding: 4px 8px; }
  mark { background: #ffe58f; padding: 0 2px; }
`;

/**
 * The article body as citizens will read it. The body is the API's sanitized HTML; it is still
 * shown in a fully sandboxed frame (no scripts, no same-origin access, no navigation of the
 * console) with a policy that loads nothing but images, so even a sanitizer gap runs nothing here.
 * The frame inherits the console's policy too (no <base>, images of the console's origin only).
 */
export function ArticleBodyFrame({ html, words }: { html: string; words: readonly string[] }) {
  const srcDoc = useMemo(
    () =>
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">' +
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src * data:; style-src 'unsafe-inline'">` +
      `<style>${FRAME_STYLE}</style></head><body>${markWords(html, words)}</body></html>`,
    [html, words],
  );
  return (
    <iframe
      title="正文"
      sandbox=""
      srcDoc={srcDoc}
      style={{ width: '100%', height: 'min(60vh, 560px)', border: '1px solid #f0f0f0', borderRadius: 4, background: '#fff' }}
    />
  );
}
