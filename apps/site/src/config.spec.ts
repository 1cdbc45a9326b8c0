import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { readSiteConfig } from './config';

describe('readSiteConfig', () => {
  it('has the documented defaults', () => {
    expect(readSiteConfig({})).toEqual({
      port: 8080,
      publishRoot: resolve('./var/www'),
      workers: 1,
      cacheBytes: 256 * 1024 * 1024,
      dynamic: false,
    });
  });

  it('reads every variable', () => {
    const env = { SITE_PORT: '9090', PUBLISH_ROOT: '/srv/www', SITE_WORKERS: '3', SITE_CACHE_MB: '64', DATABASE_URL: 'mysql://root@db/zq' };
    expect(readSiteConfig(env)).toEqual({
      port: 9090,
      publishRoot: '/srv/www',
      workers: 3,
      cacheBytes: 64 * 1024 * 1024,
      dynamic: true,
    });
    expect(readSiteConfig({ SITE_WORKERS: 'auto' }).workers).toBe(availableParallelism());
  });

  it.each([
    [{ SITE_PORT: 'http' }, 'SITE_PORT'],
    [{ SITE_PORT: '70000' }, 'SITE_PORT'],
    [{ SITE_WORKERS: 'many' }, 'SITE_WORKERS'],
    [{ SITE_WORKERS: '0' }, 'SITE_WORKERS'],
    [{ SITE_CACHE_MB: '-1' }, 'SITE_CACHE_MB'],
    [{ SITE_CACHE_MB: 'lots' }, 'SITE_CACHE_MB'],
  ])('refuses %j naming the variable', (env, name) => {
    expect(() => readSiteConfig(env)).toThrow(name);
  });
});
