/** Connection-level failures: the database is down, restarting or unreachable — not the request's fault. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_SERVER_SHUTDOWN',
  'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED',
]);

/** Whether an error (a TypeORM QueryFailedError or a raw mysql2 one) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, driverError, fatal } = (error ?? {}) as { code?: unknown; driverError?: { code?: unknown }; fatal?: unknown };
  const codes = [code, driverError?.code].filter((value): value is string => typeof value === 'string');
  return codes.some((value) => UNAVAILABLE_CODES.has(value)) || (fatal === true && codes.length > 0);
}
