import { ConfigError, loadConfig } from './app-config';

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      databaseUrl: 'mysql://root@127.0.0.1:3306/zhanqun',
      redisUrl: 'redis://127.0.0.1:6379/0',
      apiPort: 3000,
      sitePort: 8080,
      platformDomain: 'zhanqun.localhost',
      adminUsername: 'admin',
      adminPassword: undefined,
      demo: false,
      publicPort: 8080,
      nginxUpstream: '127.0.0.1:8080',
      lettersPerHour: 5,
      trustProxy: ['loopback'],
    });
  });

  it.each([
    [{ DATABASE_URL: 'postgres://x/y' }, /DATABASE_URL/],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:3306/' }, /must name a database/],
    [{ REDIS_URL: 'not a url' }, /REDIS_URL/],
    [{ API_PORT: '70000' }, /API_PORT/],
    [{ PLATFORM_DOMAIN: 'no spaces allowed' }, /PLATFORM_DOMAIN/],
    [{ ADMIN_PASSWORD: 'short' }, /ADMIN_PASSWORD/],
    [{ WORKER_CONCURRENCY: '0' }, /WORKER_CONCURRENCY/],
    [{ NGINX_UPSTREAM: 'site:8080; server evil:80' }, /NGINX_UPSTREAM/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
