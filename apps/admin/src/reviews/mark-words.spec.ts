import { markWords, splitByWords, wordPattern } from './mark-words';

describe('marking warn words', () => {
  it('marks every occurrence in the text, the longest word first', () => {
    expect(markWords('<p>体育彩票与彩票</p>', ['彩票', '体育彩票'])).toBe('<p><mark>体育彩票</mark>与<mark>彩票</mark></p>');
  });

  it('never touches tags or attributes, and keeps what is escaped escaped', () => {
    const html = '<p><a href="https://example.com/彩票" title="彩票">彩票站</a> 1 &lt; 2</p>';
    expect(markWords(html, ['彩票'])).toBe('<p><a href="https://example.com/彩票" title="彩票"><mark>彩票</mark>站</a> 1 &lt; 2</p>');
  });

  it('treats words as text, not as patterns', () => {
    expect(markWords('<p>a.b axb</p>', ['a.b'])).toBe('<p><mark>a.b</mark> axb</p>');
  });

  it('leaves the HTML as it is without words', () => {
    expect(markWords('<p>正文</p>', [])).toBe('<p>正文</p>');
    expect(wordPattern(['', ''])).toBeNull();
  });

  it('splits plain text around the words', () => {
    expect(splitByWords('买彩票吗', wordPattern(['彩票']))).toEqual([
      { text: '买', word: false },
      { text: '彩票', word: true },
      { text: '吗', word: false },
    ]);
    expect(splitByWords('标题', null)).toEqual([{ text: '标题', word: false }]);
  });
});
