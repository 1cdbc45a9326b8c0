import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStack, type TestStack } from './support/stack';

/** apps/api serves the built console at /admin/: deep links land on index.html, assets are cached. */
describe('the console served by apps/api', () => {
  let stack: TestStack;
  const root = mkdtempSync(join(tmpdir(), 'zq-console-'));

  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>站群管理后台</title>');
    writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
    stack = await startStack({ worker: false, env: { CONSOLE_ROOT: root } });
  });
  afterAll(async () => {
    await stack.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('answers every console path with index.html, never cached, under a strict policy', async () => {
    for (const path of ['/admin/', '/admin/s/3/articles/12', '/admin/portal/standards?tab=style']) {
      const response = await stack.http.get(path).expect(200);
      expect(response.text).toContain('站群管理后台');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['content-security-policy']).toContain("script-src 'self'");
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
    await stack.http.get('/admin').expect(301).expect('Location', '/admin/');
  });

  it('serves hashed assets for a year and a missing asset as 404, not as the page', async () => {
    const asset = await stack.http.get('/admin/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    await stack.http.get('/admin/assets/gone-123.js').expect(404);
  });

  it('leaves the API as it was', async () => {
    await stack.http.get('/api/v1/health').expect(200);
    const response = await stack.http.get('/api/v1/no-such-route').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404 });
  });

  it('says how to build the console when there is none', async () => {
    const bare = await startStack({ worker: false, env: { CONSOLE_ROOT: join(root, 'missing') } });
    try {
      const response = await bare.http.get('/admin/').expect(503);
      expect(response.text).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });
});
