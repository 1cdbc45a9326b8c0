import { escapeHtml } from '@zhanqun/shared';
import { highlight, segmentsHtml, snippet } from './snippet';

describe('snippets', () => {
  it('highlights the longest word first and ignores latin case', () => {
    expect(highlight('义务教育与教育局 PDF', ['教育', '义务教育', 'pdf'])).toEqual([
      { text: '义务教育', hit: true },
      { text: '与', hit: false },
      { text: '教育', hit: true },
      { text: '局 ', hit: false },
      { text: 'PDF', hit: true },
    ]);
  });

  it('builds HTML from escaped text only', () => {
    const html = segmentsHtml(highlight('<script>alert("招生")</script> & 招生', ['招生']));
    expect(html).toBe('&lt;script&gt;alert(&quot;<em>招生</em>&quot;)&lt;/script&gt; &amp; <em>招生</em>');
    expect(segmentsHtml(highlight('a<em>b', ['em']))).toBe('a&lt;<em>em</em>&gt;b');
    expect(escapeHtml(`'`)).toBe('&#39;');
  });

  it('cuts a window around the first hit, marked with ellipses', () => {
    const text = `${'前'.repeat(200)}招生${'后'.repeat(200)}`;
    const segments = snippet(text, ['招生'], 40);
    expect(segments[0]).toEqual({ text: '…', hit: false });
    expect(segments[segments.length - 1]).toEqual({ text: '…', hit: false });
    expect(segments.some((segment) => segment.hit && segment.text === '招生')).toBe(true);
    expect(segments.map((segment) => segment.text).join('').length).toBeLessThanOrEqual(42);
  });

  it('starts at the beginning without a hit, and never splits an emoji', () => {
    expect(snippet('短文本', ['无'])).toEqual([{ text: '短文本', hit: false }]);
    const text = `${'😀'.repeat(100)}招生`;
    const joined = snippet(text, ['招生'], 41)
      .map((segment) => segment.text)
      .join('');
    expect(joined).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });
});
