import dayjs, { type Dayjs } from 'dayjs';

export const DAY_FORMAT = 'YYYY-MM-DD';

/** The periods offered next to the date pickers, ending today or at the end of a past period. */
export function periodPresets(today: Dayjs = dayjs()): { label: string; value: [Dayjs, Dayjs] }[] {
  const lastMonth = today.subtract(1, 'month');
  const quarterStart = today.month(today.month() - (today.month() % 3)).startOf('month');
  const lastYear = today.subtract(1, 'year');
  return [
    { label: '本月', value: [today.startOf('month'), today] },
    { label: '上月', value: [lastMonth.startOf('month'), lastMonth.endOf('month')] },
    { label: '本季度', value: [quarterStart, today] },
    { label: '今年', value: [today.startOf('year'), today] },
    { label: '去年', value: [lastYear.startOf('year'), lastYear.endOf('year')] },
  ];
}

/** The statistics open on this year so far. */
export function defaultPeriod(today: Dayjs = dayjs()): { from: string; to: string } {
  return { from: today.startOf('year').format(DAY_FORMAT), to: today.format(DAY_FORMAT) };
}
