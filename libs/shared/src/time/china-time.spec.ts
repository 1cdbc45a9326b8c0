import { chinaDate, chinaDateStamps, chinaDateTime } from './china-time';

describe('Beijing time formatting', () => {
  it('shifts UTC to UTC+8 across the date line', () => {
    const late = new Date('2026-03-31T17:30:00Z');
    expect(chinaDate(late)).toBe('2026-04-01');
    expect(chinaDateTime(late)).toBe('2026-04-01 01:30');
    expect(chinaDateStamps(late)).toEqual({ yyyymm: '202604', yyyymmdd: '20260401' });
  });
});
