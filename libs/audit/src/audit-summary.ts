/** Fields never written to the audit log, whatever route carries them. */
const SECRET = /password|passwd|pwd|token|secret/i;

/** Secrets nested in objects and arrays are masked too. */
const maskSecrets = (key: string, value: unknown) => (key && SECRET.test(key) ? '***' : value);
const MAX_VALUE = 80;
const MAX_SUMMARY = 2000;

/** A short, readable account of a request body: `title="…", columnId=3, body=(1 204 chars)`. */
export function summarizeBody(body: unknown): string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (SECRET.test(key)) {
      parts.push(`${key}=***`);
    } else if (typeof value === 'string') {
      parts.push(value.length > MAX_VALUE ? `${key}=(${value.length} chars)` : `${key}=${JSON.stringify(value)}`);
    } else if (value === null || typeof value === 'number' || typeof value === 'boolean') {
      parts.push(`${key}=${value}`);
    } else {
      const json = JSON.stringify(value, maskSecrets) ?? '';
      parts.push(json.length > MAX_VALUE ? `${key}=(${json.length} chars)` : `${key}=${json}`);
    }
  }
  return parts.join(', ').slice(0, MAX_SUMMARY);
}

/** `article:12` from route params, the site excluded (it has its own column). */
export function targetOf(params: Record<string, string>): string {
  return Object.entries(params)
    .filter(([key]) => key !== 'siteId')
    .map(([key, value]) => `${key === 'id' ? 'id' : key.replace(/Id$/, '')}:${value}`)
    .join(',')
    .slice(0, 128);
}
