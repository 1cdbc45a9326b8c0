import { framePreview } from './preview-html';

const PAGE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="alternate" type="application/rss+xml" title="教育局" href="http://jyj.zhanqun.localhost:8080/rss.xml">
<link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="https://cdn.example.com/x.css"><link rel="icon" href="/assets/emblem.svg">
<style>:root{--zq-primary:#b5121b;}</style><script src="/assets/site.js"></script></head>
<body><img src="/assets/emblem.svg" alt=""><img src="/uploads/a.jpg" srcset="/uploads/a@2x.jpg 2x" alt="图">
<a href="/zwdt/index.html">政务动态</a><form action="/search"><input name="q"><button>搜索</button></form>
<script>alert(1)</script></body></html>`;

const ASSETS = { 'site.css': 'http://console.test/admin/assets/site-abc.css', 'emblem.svg': 'data:image/svg+xml;base64,AAA' };

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('framePreview', () => {
  const framed = parse(framePreview(PAGE, ASSETS));

  it('takes the theme files from the console, drops other stylesheets and every script', () => {
    expect([...framed.querySelectorAll('link[rel=stylesheet]')].map((link) => link.getAttribute('href'))).toEqual([ASSETS['site.css']]);
    expect(framed.querySelector('link[rel=icon]')?.getAttribute('href')).toBe(ASSETS['emblem.svg']);
    expect(framed.querySelector('img')?.getAttribute('src')).toBe(ASSETS['emblem.svg']);
    expect(framed.querySelectorAll('script')).toHaveLength(0);
  });

  it('keeps the page’s own style and shows uploaded images as placeholders', () => {
    expect(framed.head.innerHTML).toContain('--zq-primary:#b5121b');
    const upload = framed.querySelector('img[alt=图]')!;
    expect(upload.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/);
    expect(upload.hasAttribute('srcset')).toBe(false);
  });

  it('makes links and controls inert', () => {
    expect(framed.head.lastElementChild?.textContent).toContain('pointer-events:none');
    expect(framed.querySelector('a')?.getAttribute('tabindex')).toBe('-1');
    expect(framed.querySelector('input')?.getAttribute('tabindex')).toBe('-1');
  });
});
