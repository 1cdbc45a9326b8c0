import type { DynamicRoute } from '../server';
import { sendDynamic, unavailablePage } from './send';

const UNAVAILABLE = '服务暂时不可用,请稍后再试';

/** Error codes of a database or network that went away (mysql2, Node), as opposed to a bug. */
const OUTAGE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'POOL_CLOSED',
]);

/** True when `error` says the database is out of reach: the citizen gets 503 and may try again. */
export function isOutage(error: unknown): boolean {
  const { code, driverError } = (error ?? {}) as { code?: string; driverError?: { code?: string } };
  return OUTAGE_CODES.has(driverError?.code ?? code ?? '');
}

/** A database that goes away mid-request answers 503 (try again), not 500 (a bug). */
export function answeringOutages(route: DynamicRoute): DynamicRoute {
  const json = route.prefix.startsWith('/api/');
  return {
    prefix: route.prefix,
    handle: async (request, response, context) => {
      try {
        await route.handle(request, response, context);
      } catch (error) {
        if (!isOutage(error) || response.headersSent) throw error;
        const body = json
          ? JSON.stringify({ statusCode: 503, error: 'Service Unavailable', message: UNAVAILABLE })
          : unavailablePage(UNAVAILABLE);
        sendDynamic(request, response, 503, json ? 'application/json' : 'text/html', body, { 'Retry-After': '60' });
      }
    },
  };
}
