import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * The citizen's address, for the letter limit and the letter's record: X-Forwarded-For is
 * believed only from the proxies TRUST_PROXY names (nginx), as apps/api does.
 */
export function clientIpReader(trustProxy: string[]): (request: IncomingMessage) => string {
  const trusted = proxyaddr.compile(trustProxy);
  return (request) => proxyaddr(request, trusted);
}
