import { cssPx, cssValue, safeHref } from './helpers';

describe('template helpers', () => {
  it('keeps ordinary style tokens intact', () => {
    expect(cssValue('#b5121b')).toBe('#b5121b');
    expect(cssValue('rgb(181, 18, 27)')).toBe('rgb(181, 18, 27)');
    expect(cssValue('"PingFang SC", "Microsoft YaHei", 微软雅黑, sans-serif')).toBe(
      '"PingFang SC", "Microsoft YaHei", 微软雅黑, sans-serif',
    );
  });

  it('strips what could end a declaration, a rule or the style element', () => {
    expect(cssValue('red;}</style><script>')).toBe('redstylescript');
    expect(cssValue('red/* x */\\')).toBe('red x');
    expect(cssValue('"unclosed, serif')).toBe('unclosed, serif');
    expect(cssValue('url(x.png)')).toBe('');
    expect(cssValue('expression(alert(1))')).toBe('');
    expect(cssValue(undefined)).toBe('');
    expect(cssValue({ toString: () => 'x' })).toBe('');
  });

  it('turns a base font size into clamped pixels', () => {
    expect(cssPx(16)).toBe('16px');
    expect(cssPx('18')).toBe('18px');
    expect(cssPx(100)).toBe('32px');
    expect(cssPx(2)).toBe('12px');
    expect(cssPx('large')).toBe('16px');
    expect(cssPx(Number.NaN)).toBe('16px');
  });

  it('passes relative and http(s)/mailto/tel URLs and neutralises the others', () => {
    for (const url of [
      '/zwdt/index.html',
      'index_2.html',
      '#main',
      '?q=1',
      'http://www.zhanqun.test/',
      'HTTPS://bszs.conac.cn/',
      'mailto:a@b.cn',
      'tel:0379-66661234',
      '//cdn.test/a.css',
    ]) {
      expect(safeHref(url)).toBe(url);
    }
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      expect(safeHref(url)).toBe('#');
    }
    expect(safeHref('')).toBe('#');
    expect(safeHref(null)).toBe('#');
  });
});
