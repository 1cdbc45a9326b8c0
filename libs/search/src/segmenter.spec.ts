import { documentTerms } from './document-terms';
import { documentWords, normalizeText, queryWords } from './segmenter';
import { encodeTerm } from './term-encoding';

describe('segmentation', () => {
  it('indexes a compound and its sub-words, so a two-character word inside a phrase is found', () => {
    const words = documentWords('义务教育招生工作会议');
    expect(words).toEqual(expect.arrayContaining(['义务', '教育', '义务教育', '招生', '工作', '会议']));
  });

  it('normalizes full-width and upper-case latin and drops punctuation', () => {
    expect(normalizeText('ＡＢＣ１２３')).toBe('abc123');
    expect(documentWords('Hello, 世界!')).toEqual(expect.arrayContaining(['hello']));
    expect(documentWords('，。!? ')).toEqual([]);
  });

  it('splits a query into words with their sub-words', () => {
    expect(queryWords('义务教育 招生')).toEqual([
      { word: '义务教育', parts: ['义务', '教育'] },
      { word: '招生', parts: [] },
    ]);
    expect(queryWords('<script>alert(1)</script>').map(({ word }) => word)).toEqual(['script', 'alert', '1']);
    expect(queryWords('！！！')).toEqual([]);
  });

  it('stores title words twice: as any-field and as title terms', () => {
    const terms = documentTerms({ title: '招生', bodyText: '会议', attachmentNames: '计划.xlsx' }).split(' ');
    expect(terms).toEqual(
      expect.arrayContaining([
        encodeTerm('招生', 'any'),
        encodeTerm('招生', 'title'),
        encodeTerm('会议', 'any'),
        encodeTerm('xlsx', 'any'),
      ]),
    );
    expect(terms).not.toContain(encodeTerm('会议', 'title'));
  });
});
