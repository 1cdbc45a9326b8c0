import { adoptionRate, countChars, fenOf, remunerationFen, yuan } from './remuneration';

const SEED_RATES = { charsPerUnit: 100, fenPerUnit: 200, headlineBonusFen: 2000, majorBonusFen: 3000, pictureBonusFen: 5000 };
const plain = { headline: false, major: false, pictureNews: false };

describe('remuneration', () => {
  it('pays ¥2 per started 100 characters', () => {
    expect(remunerationFen({ ...plain, chars: 0 }, SEED_RATES)).toBe(0);
    expect(remunerationFen({ ...plain, chars: 1 }, SEED_RATES)).toBe(200);
    expect(remunerationFen({ ...plain, chars: 100 }, SEED_RATES)).toBe(200);
    expect(remunerationFen({ ...plain, chars: 101 }, SEED_RATES)).toBe(400);
    expect(remunerationFen({ ...plain, chars: 1234 }, SEED_RATES)).toBe(2600);
  });

  it('adds each bonus that applies', () => {
    expect(remunerationFen({ chars: 150, headline: true, major: false, pictureNews: false }, SEED_RATES)).toBe(400 + 2000);
    expect(remunerationFen({ chars: 150, headline: false, major: true, pictureNews: true }, SEED_RATES)).toBe(400 + 3000 + 5000);
    expect(remunerationFen({ chars: 150, headline: true, major: true, pictureNews: true }, SEED_RATES)).toBe(10400);
  });

  it('follows other rates', () => {
    const rates = { ...SEED_RATES, charsPerUnit: 500, fenPerUnit: 1050 };
    expect(remunerationFen({ ...plain, chars: 501 }, rates)).toBe(2100);
  });

  it('counts characters without whitespace, emoji as one', () => {
    expect(countChars('会议 指出,\n教育😀 ok')).toBe(10);
    expect(countChars('')).toBe(0);
  });

  it('formats fen as yuan with two decimals and parses yuan without drift', () => {
    expect(yuan(0)).toBe('0.00');
    expect(yuan(5)).toBe('0.05');
    expect(yuan(123456)).toBe('1234.56');
    expect(fenOf(0.29)).toBe(29);
    expect(fenOf(2)).toBe(200);
    expect(fenOf(19.99)).toBe(1999);
  });

  it('computes the adoption rate as a percentage', () => {
    expect(adoptionRate(0, 0)).toBe('0.0');
    expect(adoptionRate(1, 3)).toBe('33.3');
    expect(adoptionRate(2, 2)).toBe('100.0');
  });
});
