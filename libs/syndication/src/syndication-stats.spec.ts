import { BadRequestException } from '@nestjs/common';
import { period, reportView } from './syndication-stats.service';

describe('statistics period', () => {
  it('spans whole Beijing days, both ends inclusive', () => {
    const { start, end } = period('2026-01-01', '2026-01-31');
    expect(start.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(end.toISOString()).toBe('2026-01-31T16:00:00.000Z');
    const day = period('2026-02-28', '2026-02-28');
    expect(day.end.getTime() - day.start.getTime()).toBe(24 * 3600 * 1000);
  });

  it.each([
    ['2026-02-30', '2026-03-01'],
    ['2026-02-29', '2026-03-01'],
    ['2026-05-02', '2026-05-01'],
    ['2000-01-01', '2026-01-01'],
  ])('refuses %s .. %s', (from, to) => {
    expect(() => period(from, to)).toThrow(BadRequestException);
  });

  it('accepts a leap day', () => {
    expect(period('2028-02-29', '2028-02-29').start.toISOString()).toBe('2028-02-28T16:00:00.000Z');
  });
});

describe('statistics view', () => {
  it('answers money in yuan only', () => {
    const figures = { submitted: 2, adopted: 1, declined: 0, adoptionRate: '50.0', chars: 120, remuneration: '4.00', remunerationFen: 400 };
    const view = reportView({
      from: '2026-01-01',
      to: '2026-01-31',
      items: [{ siteId: 3, siteName: '教育局', ...figures }],
      totals: figures,
    });
    expect(view.items[0]).not.toHaveProperty('remunerationFen');
    expect(view.totals).toEqual({ submitted: 2, adopted: 1, declined: 0, adoptionRate: '50.0', chars: 120, remuneration: '4.00' });
  });
});
