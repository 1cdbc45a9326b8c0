import { encodeTerm, encodeTerms, MAX_WORD_BYTES } from './term-encoding';

describe('term encoding', () => {
  it('makes a two-character Chinese word one latin token longer than the FULLTEXT minimum', () => {
    expect(encodeTerm('招生', 'any')).toBe('we68b9be7949f');
    expect(encodeTerm('招生', 'title')).toBe('te68b9be7949f');
  });

  it('never yields a stopword or a token below 3 characters', () => {
    for (const word of ['a', 'the', 'of', '的', '1']) {
      const term = encodeTerm(word, 'any')!;
      expect(term.length).toBeGreaterThanOrEqual(3);
      expect(term).toMatch(/^w[0-9a-f]+$/);
    }
  });

  it('encodes 4-byte characters and skips words over the maximum token size', () => {
    expect(encodeTerm('😀', 'any')).toBe('wf09f9880');
    expect(encodeTerm('x'.repeat(MAX_WORD_BYTES), 'any')).toHaveLength(1 + 2 * MAX_WORD_BYTES);
    expect(encodeTerm('x'.repeat(MAX_WORD_BYTES + 1), 'any')).toBeNull();
    expect(encodeTerm('', 'any')).toBeNull();
    expect(encodeTerms(['教育', 'y'.repeat(99)], 'any')).toEqual([encodeTerm('教育', 'any')]);
  });
});
