import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { DynamicHandler, SiteRequestContext } from '../server';
import { answeringOutages, isOutage } from './outage';

function serve(prefix: string, handle: DynamicHandler): Server {
  const route = answeringOutages({ prefix, handle });
  return createServer((req, res) => {
    route.handle(req, res, {} as SiteRequestContext)?.catch(() => {
      res.writeHead(500);
      res.end('bug');
    });
  }).listen(0);
}

describe('answeringOutages', () => {
  it('tells a lost database from a bug', () => {
    expect(isOutage({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isOutage({ driverError: { code: 'PROTOCOL_CONNECTION_LOST' } })).toBe(true);
    expect(isOutage(new TypeError('x is undefined'))).toBe(false);
    expect(isOutage(undefined)).toBe(false);
  });

  it('answers 503 (HTML, or JSON under /api/) when the database goes away mid-request, and leaves bugs as bugs', async () => {
    const lost = () => Promise.reject(Object.assign(new Error('Connection lost'), { code: 'PROTOCOL_CONNECTION_LOST' }));
    const servers = [
      serve('/interaction', lost),
      serve('/api/public/search', lost),
      serve('/search', () => Promise.reject(new TypeError('bug'))),
    ];
    try {
      const [html, json, bug] = servers.map((server) => request(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
      const page = await html.get('/').expect(503);
      expect(page.headers['retry-after']).toBe('60');
      expect(page.text).toContain('服务暂时不可用');
      expect((await json.get('/').expect(503)).body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        message: '服务暂时不可用,请稍后再试',
      });
      await bug.get('/').expect(500);
    } finally {
      servers.forEach((server) => server.close());
    }
  });
});
