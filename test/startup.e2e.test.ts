import { openInfrastructure } from '@zhanqun/platform';
import { ConfigError, loadConfig } from '@zhanqun/shared';
import { adminLogin } from './support/client';
import { startStack, type TestStack } from './support/stack';

describe('start-up', () => {
  it('stops with one line naming an unreachable MySQL and how to start it', async () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://root@127.0.0.1:1/zhanqun', REDIS_URL: 'redis://127.0.0.1:6379/0' });
    const failure = await openInfrastructure(config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(/^Cannot reach MySQL\/MariaDB at mysql:\/\/root@127\.0\.0\.1:1\/zhanqun .*mariadbd/);
    expect((failure as Error).message).not.toContain('\n');
  });

  it('stops with one line naming an unreachable Redis and how to start it', async () => {
    const config = loadConfig({ REDIS_URL: 'redis://127.0.0.1:1/0' });
    const failure = await openInfrastructure(config).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ConfigError);
    expect((failure as Error).message).toMatch(/^Cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/0 .*redis-server/);
  });

  it('hides passwords in the line', async () => {
    const config = loadConfig({ DATABASE_URL: 'mysql://root:s3cret@127.0.0.1:1/zhanqun' });
    const failure = (await openInfrastructure(config).catch((error: unknown) => error)) as Error;
    expect(failure.message).not.toContain('s3cret');
  });

  describe('a running API', () => {
    let stack: TestStack;
    beforeAll(async () => {
      stack = await startStack({ worker: false });
    });
    afterAll(() => stack.close());

    it('reports health', async () => {
      const response = await stack.http.get('/api/v1/health');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok', database: 'up', redis: 'up' });
    });

    it('serves the OpenAPI document with the v1 contract', async () => {
      const docs = await stack.http.get('/api/docs');
      expect(docs.status).toBe(200);
      const spec = (await stack.http.get('/api/docs-json')).body;
      for (const path of [
        '/api/v1/auth/login',
        '/api/v1/sites',
        '/api/v1/sites/{siteId}/articles/{id}/submit',
        '/api/v1/publish-runs/{runId}',
        '/api/v1/platform/standards',
        '/api/v1/platform/templates/{name}',
        '/api/v1/sites/{siteId}/media',
        '/api/v1/sites/{siteId}/articles/{id}/syndicate',
        '/api/v1/syndications/{id}/adopt',
        '/api/v1/platform/links',
        '/api/v1/sites/{siteId}/letters',
        '/api/v1/sites/{siteId}/letters/{id}/reply',
      ]) {
        expect(Object.keys(spec.paths)).toContain(path);
      }
    });

    it('runs the migrations once and creates the first platform admin only once', async () => {
      const [{ total }] = await stack.infrastructure.dataSource.query('SELECT COUNT(*) AS total FROM schema_migrations');
      expect(Number(total)).toBeGreaterThan(0);
      const again = await openInfrastructure(stack.config);
      await again.close();
      const [{ admins }] = await stack.infrastructure.dataSource.query(
        "SELECT COUNT(*) AS admins FROM role_grants WHERE role = 'platform_admin'",
      );
      expect(Number(admins)).toBe(1);
      expect((await adminLogin(stack)).Authorization).toMatch(/^Bearer /);
    });
  });
});
