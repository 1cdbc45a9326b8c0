import { COMMON_WORD_DOCUMENTS, queryTerms, searchPlan } from './search-plan';
import { encodeTerm } from './term-encoding';

const any = (word: string) => encodeTerm(word, 'any')!;
const needle = (term: string) => ` ${term} `;
const WORDS = [
  { word: '义务教育', parts: ['义务', '教育'] },
  { word: '招生', parts: [] },
];

describe('searchPlan', () => {
  it('looks every word up in the index while all are rare', () => {
    const plan = searchPlan(WORDS, new Map([[any('招生'), 20]]))!;
    expect(plan.match).toBe(`+(${any('义务教育')} (+${any('义务')} +${any('教育')})) +(${any('招生')})`);
    expect(plan.rowChecks).toEqual([]);
    expect(plan.titleNeedles).toEqual(['义务教育', '义务', '教育', '招生'].map((word) => needle(encodeTerm(word, 'title')!)));
  });

  it('checks a common word on the rows the rare ones find', () => {
    // A compound may be in as many documents as itself and its rarest part together.
    const counts = new Map([
      [any('义务教育'), COMMON_WORD_DOCUMENTS - 5],
      [any('义务'), 10],
      [any('教育'), 100_000],
    ]);
    const plan = searchPlan(WORDS, counts)!;
    expect(plan.match).toBe(`+(${any('招生')})`);
    expect(plan.rowChecks).toEqual([[[needle(any('义务教育'))], [needle(any('义务')), needle(any('教育'))]]]);
    counts.set(any('义务'), 5);
    expect(searchPlan(WORDS, counts)!.rowChecks).toEqual([]);
  });

  it('uses no index lookup when every word is common', () => {
    const counts = new Map(queryTerms(WORDS).map((term) => [term, 500_000]));
    const plan = searchPlan(WORDS, counts)!;
    expect(plan.match).toBeNull();
    expect(plan.rowChecks).toHaveLength(2);
  });

  it('is null without a usable word', () => {
    expect(searchPlan([], new Map())).toBeNull();
    expect(searchPlan([{ word: '字'.repeat(20), parts: [] }], new Map())).toBeNull();
  });
});
