import { bodyText, sanitizeBody } from './sanitize-body';

describe('sanitizeBody (article HTML allow-list)', () => {
  it.each([
    ['<p>正文<strong>加粗</strong><em>强调</em></p>', '<p>正文<strong>加粗</strong><em>强调</em></p>'],
    ['<h1>一级</h1><h3>三级</h3>', '<h2>一级</h2><h3>三级</h3>'],
    ['<ul><li>一</li></ul><ol start="3"><li>三</li></ol>', '<ul><li>一</li></ul><ol start="3"><li>三</li></ol>'],
    [
      '<table><thead><tr><th scope="col">项</th></tr></thead><tbody><tr><td rowspan="2">值</td></tr></tbody></table>',
      '<table><thead><tr><th scope="col">项</th></tr></thead><tbody><tr><td rowspan="2">值</td></tr></tbody></table>',
    ],
    ['<p style="text-align:right">落款</p>', '<p style="text-align:right">落款</p>'],
    ['<a href="/zwdt/index.html">站内</a>', '<a href="/zwdt/index.html">站内</a>'],
    ['<a href="mailto:xx@example.gov.cn">信箱</a>', '<a href="mailto:xx@example.gov.cn">信箱</a>'],
  ])('keeps structure: %s', (input, output) => {
    expect(sanitizeBody(input)).toBe(output);
  });

  it.each([
    ['<script>alert(1)</script><p>x</p>', '<p>x</p>'],
    ['<p onclick="x()" onmouseover="y()">x</p>', '<p>x</p>'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="//evil.example/x">x</a>', '<a>x</a>'],
    ['<iframe src="https://evil.example"></iframe><p>x</p>', '<p>x</p>'],
    ['<object data="x"></object><embed src="x"><p>x</p>', '<p>x</p>'],
    ['<style>body{display:none}</style><p>x</p>', '<p>x</p>'],
    ['<p style="position:fixed;top:0">x</p>', '<p>x</p>'],
    ['<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">', '<img alt="x" />'],
    ['<svg><script>alert(1)</script></svg><p>x</p>', '<p>x</p>'],
    ['<form action="/x"><input name="a"></form><p>x</p>', '<p>x</p>'],
    ['<div class="layout-breaker" id="main">x</div>', '<div>x</div>'],
  ])('drops what is dangerous or breaks the layout: %s', (input, output) => {
    expect(sanitizeBody(input)).toBe(output);
  });

  it('adds noopener to links opening a new window', () => {
    expect(sanitizeBody('<a href="https://www.gov.cn" target="_blank">x</a>')).toBe(
      '<a href="https://www.gov.cn" target="_blank" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeBody('<a href="https://www.gov.cn" target="_top" rel="opener">x</a>')).toBe('<a href="https://www.gov.cn">x</a>');
  });

  it('keeps emoji and 4-byte characters', () => {
    expect(sanitizeBody('<p>𠮷🎉</p>')).toBe('<p>𠮷🎉</p>');
  });

  it('extracts plain text from a sanitized body', () => {
    expect(bodyText(sanitizeBody('<p>一</p>\n<p>二 <b>三</b> &amp; 四</p><script>x</script>'))).toBe('一 二 三 & 四');
  });
});
