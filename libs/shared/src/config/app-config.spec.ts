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
      nginxCertDir: null,
      nginxHttp2: 'on',
      lettersPerHour: 5,
      trustProxy: ['loopback'],
    });
  });

  it('reads the certificate folder of the generated nginx file as an absolute path', () => {
    expect(loadConfig({ NGINX_CERT_DIR: '/etc/zhanqun/certs/', NGINX_HTTP2: 'listen' })).toMatchObject({
      nginxCertDir: '/etc/zhanqun/certs',
      nginxHttp2: 'listen',
    });
    expect(loadConfig({ NGINX_CERT_DIR: 'certs' }).nginxCertDir).toBe(`${process.cwd()}/certs`);
    expect(loadConfig({ NGINX_CERT_DIR: ' ' }).nginxCertDir).toBeNull();
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
    [{ NGINX_CERT_DIR: '/etc/certs; include /x' }, /NGINX_CERT_DIR/],
    [{ NGINX_HTTP2: 'yes' }, /NGINX_HTTP2/],
  ])('refuses %j with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
