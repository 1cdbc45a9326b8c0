import { booleanQuery } from './boolean-query';
import { encodeTerm } from './term-encoding';

const any = (word: string) => encodeTerm(word, 'any');

describe('booleanQuery', () => {
  it('requires every word, or all sub-words of a compound', () => {
    const query = booleanQuery([
      { word: '义务教育', parts: ['义务', '教育'] },
      { word: '招生', parts: [] },
    ]);
    expect(query).toBe(`+(${any('义务教育')} (+${any('义务')} +${any('教育')})) +(${any('招生')})`);
  });

  it('contains only encoded tokens and boolean operators', () => {
    const query = booleanQuery([{ word: '"+-*()<>~@', parts: [] }]);
    expect(query).toMatch(/^\+\(w[0-9a-f]+\)$/);
  });

  it('is null without a word', () => {
    expect(booleanQuery([])).toBeNull();
  });
});
