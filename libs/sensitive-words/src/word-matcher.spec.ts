import { WordMatcher } from './word-matcher';

describe('WordMatcher (Aho–Corasick over folded text)', () => {
  const matcher = new WordMatcher([
    { word: '赌博', level: 'block' },
    { word: '博彩', level: 'warn' },
    { word: 'VPN', level: 'warn' },
    { word: '翻墙', level: 'warn' },
    { word: '翻墙', level: 'block' },
  ]);

  it('finds every word in every field, with counts and overlaps', () => {
    expect(matcher.scan({ title: '严厉打击网络赌博', body: '赌博博彩;再说一次赌博' })).toEqual([
      { word: '赌博', level: 'block', field: 'title', count: 1 },
      { word: '赌博', level: 'block', field: 'body', count: 2 },
      { word: '博彩', level: 'warn', field: 'body', count: 1 },
    ]);
  });

  it('is not fooled by letter case or full-width forms', () => {
    expect(matcher.scan({ body: '使用ｖｐｎ和vpn' })).toEqual([{ word: 'VPN', level: 'warn', field: 'body', count: 2 }]);
  });

  it('treats a word listed at both levels as blocked', () => {
    expect(matcher.scan({ title: '翻墙' })).toEqual([{ word: '翻墙', level: 'block', field: 'title', count: 1 }]);
  });

  it('finds words across the windows it matches in, once each, and takes a 1 MB text in linear time', () => {
    // The first word straddles the cut at 2048, the emoji the cut at 4096.
    const body = `${'示'.repeat(2047)}赌博${'示'.repeat(2046)}😀赌博${'示'.repeat(100)}赌`;
    expect(matcher.scan({ body })).toEqual([{ word: '赌博', level: 'block', field: 'body', count: 2 }]);
    const started = Date.now();
    expect(matcher.scan({ body: `${'测'.repeat(350 * 1024)}赌博` })).toEqual([{ word: '赌博', level: 'block', field: 'body', count: 1 }]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('copes with emoji around words and with an empty dictionary', () => {
    expect(matcher.scan({ body: '🎰赌博🎲' })).toHaveLength(1);
    expect(new WordMatcher([]).scan({ body: '赌博' })).toEqual([]);
  });
});
