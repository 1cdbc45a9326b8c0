/** Dates on government pages are Beijing time (UTC+8, no daylight saving), whatever the server's zone. */
const OFFSET_MS = 8 * 3600 * 1000;

function parts(date: Date) {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    year: String(shifted.getUTCFullYear()),
    month: pad(shifted.getUTCMonth() + 1),
    day: pad(shifted.getUTCDate()),
    hour: pad(shifted.getUTCHours()),
    minute: pad(shifted.getUTCMinutes()),
  };
}

/** `YYYY-MM-DD`. */
export function chinaDate(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `YYYY-MM-DD HH:MM` (the PubDate metadata format). */
export function chinaDateTime(date: Date): string {
  const p = parts(date);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** `{ yyyymm, yyyymmdd }` for article URLs. */
export function chinaDateStamps(date: Date): { yyyymm: string; yyyymmdd: string } {
  const p = parts(date);
  return { yyyymm: `${p.year}${p.month}`, yyyymmdd: `${p.year}${p.month}${p.day}` };
}

export function chinaYear(date: Date): number {
  return Number(parts(date).year);
}
