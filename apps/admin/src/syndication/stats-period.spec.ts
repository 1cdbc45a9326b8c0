import dayjs from 'dayjs';
import { defaultPeriod, periodPresets } from './stats-period';

const day = (value: dayjs.Dayjs) => value.format('YYYY-MM-DD');

describe('statistics periods', () => {
  const today = dayjs('2026-05-20');

  it('opens on this year so far', () => {
    expect(defaultPeriod(today)).toEqual({ from: '2026-01-01', to: '2026-05-20' });
  });

  it('offers whole past periods and current ones up to today', () => {
    const presets = Object.fromEntries(periodPresets(today).map(({ label, value }) => [label, value.map(day)]));
    expect(presets).toEqual({
      本月: ['2026-05-01', '2026-05-20'],
      上月: ['2026-04-01', '2026-04-30'],
      本季度: ['2026-04-01', '2026-05-20'],
      今年: ['2026-01-01', '2026-05-20'],
      去年: ['2025-01-01', '2025-12-31'],
    });
  });
});
