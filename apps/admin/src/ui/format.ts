import dayjs from 'dayjs';

/** A time as the console shows it (local time, to the minute); '—' when there is none. */
export function formatTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}
