/** The remuneration arithmetic of 信息报送 (seeds: ¥2 per 100 characters, plus bonuses). Money in fen. */
export interface RemunerationRates {
  charsPerUnit: number;
  fenPerUnit: number;
  headlineBonusFen: number;
  majorBonusFen: number;
  pictureBonusFen: number;
}

export interface AdoptedItem {
  chars: number;
  headline: boolean;
  major: boolean;
  pictureNews: boolean;
}

/** Characters of the body text as readers count them: every code point except whitespace. */
export function countChars(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/u.test(char)) count++;
  return count;
}

/** Paid per started unit of characters (101 characters are two units), plus each bonus that applies. */
export function remunerationFen(item: AdoptedItem, rates: RemunerationRates): number {
  const units = Math.ceil(item.chars / rates.charsPerUnit);
  return (
    units * rates.fenPerUnit +
    (item.headline ? rates.headlineBonusFen : 0) +
    (item.major ? rates.majorBonusFen : 0) +
    (item.pictureNews ? rates.pictureBonusFen : 0)
  );
}

/** `1234` fen → `"12.34"` yuan. */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Yuan with at most two decimals → fen, without floating-point drift (`0.29` → 29). */
export function fenOf(yuanAmount: number): number {
  return Math.round(yuanAmount * 100);
}

/** Adopted / submitted as a percentage with one decimal, `"0.0"` when nothing was submitted. */
export function adoptionRate(adopted: number, submitted: number): string {
  return submitted === 0 ? '0.0' : ((adopted * 100) / submitted).toFixed(1);
}
