import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { framePreview } from './preview-html';
import { THEME_ASSETS } from './theme-assets';

/** Pages are laid out for a desktop screen; the frame shows them scaled down to its width. */
const PAGE_WIDTH = 1200;

/** A rendered page in a sandboxed frame (no scripts, no same origin), scaled to fit. */
export function PreviewFrame({ html, title, height = 640 }: { html: string; title: string; height?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(PAGE_WIDTH / 2);
  const srcDoc = useMemo(() => framePreview(html, THEME_ASSETS), [html]);

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    setWidth(element.clientWidth);
    return () => observer.disconnect();
  }, []);

  const scale = Math.min(1, width / PAGE_WIDTH);
  // A picture of the page: its inert copy stays out of the accessibility tree and the tab order
  // (assistive tools could not run inside a frame without scripts anyway; the label says what it shows).
  return (
    <div ref={box} role="img" aria-label={title} style={{ height, overflow: 'hidden', border: '1px solid #f0f0f0', background: '#fff' }}>
      <iframe
        title={title}
        aria-hidden
        tabIndex={-1}
        sandbox=""
        srcDoc={srcDoc}
        style={{ width: PAGE_WIDTH, height: height / scale, border: 0, transform: `scale(${scale})`, transformOrigin: '0 0' }}
      />
    </div>
  );
}
