const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

/** A size as people read it: 1 decimal from KB on, none for whole numbers (e.g. 2 GB, 1.5 MB). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? value : Math.round(value * 10) / 10;
  return `${rounded} ${UNITS[unit]}`;
}

/** Used share of a quota in whole percent, 0–100. */
export function usedPercent(used: number, quota: number): number {
  if (quota <= 0) return 100;
  return Math.min(100, Math.round((used / quota) * 100));
}
