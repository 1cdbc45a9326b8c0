import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import request from 'supertest';
import { createSiteServer, type SiteServer } from './server';

const BIG_HTML = `<!DOCTYPE html><html lang="zh-CN"><body>${'<p>示范县教育局工作动态</p>'.repeat(200)}</body></html>`;

function write(root: string, path: string, body: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), body);
}

function writeHosts(root: string, hosts: Record<string, unknown>): void {
  writeFileSync(join(root, '.hosts.tmp'), JSON.stringify({ version: 1, hosts }));
  renameSync(join(root, '.hosts.tmp'), join(root, 'hosts.json'));
}

describe('apps/site: serving generated pages by Host', () => {
  let root: string;
  let site: SiteServer;
  let http: ReturnType<typeof request>;
  const jyj = { code: 'jyj', status: 'active', primary: 'jyj.zhanqun.test' };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'zq-site-'));
    write(root, 'sites/jyj/index.html', BIG_HTML);
    write(root, 'sites/jyj/zwdt/index.html', '<!DOCTYPE html><p>政务动态</p>');
    write(root, 'sites/jyj/assets/site.css', `body{color:#222}${' '.repeat(400)}`);
    write(root, 'sites/jyj/sitemap.xml', '<?xml version="1.0"?><urlset/>');
    write(root, 'sites/jyj/404.html', '<p>教育局 404</p>');
    write(root, 'sites/jyj/.secret.tmp', 'temp file');
    write(root, 'sites/gaj/index.html', '<p>公安局</p>');
    write(root, 'sites/gaj/503.html', '<p>公安局维护中</p>');
    write(root, 'platform/404.html', '<p>站群 404</p>');
    write(root, 'secret.txt', 'outside the site');
    symlinkSync(join(root, 'secret.txt'), join(root, 'sites/jyj/leak.txt'));
    writeHosts(root, {
      'jyj.zhanqun.test': jyj,
      'edu.zhanqun.test': jyj,
      'gaj.zhanqun.test': { code: 'gaj', status: 'suspended', primary: 'gaj.zhanqun.test' },
    });
    site = createSiteServer({ publishRoot: root });
    await new Promise<void>((resolve) => site.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(site.server.address() as AddressInfo).port}`);
  });
  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });

  const get = (path: string, host = 'jyj.zhanqun.test') => http.get(path).set('Host', host);

  it('serves the home page by Host, with the port ignored', async () => {
    for (const host of ['jyj.zhanqun.test', 'JYJ.zhanqun.test:8080']) {
      const response = await get('/', host);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.text).toContain('示范县教育局工作动态');
    }
  });

  it('answers unknown hosts with the platform 404 page', async () => {
    const response = await get('/', 'nobody.zhanqun.test');
    expect(response.status).toBe(404);
    expect(response.text).toContain('站群 404');
  });

  it('redirects an alias to the primary domain, keeping port, path and query', async () => {
    const response = await get('/zwdt/index.html?a=1&b=2', 'edu.zhanqun.test:8080');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('http://jyj.zhanqun.test:8080/zwdt/index.html?a=1&b=2');
  });

  it('answers a suspended site with its 503 page and Retry-After', async () => {
    const response = await get('/index.html', 'gaj.zhanqun.test');
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('3600');
    expect(response.text).toContain('公安局维护中');
  });

  it('answers a missing page with the site 404 page', async () => {
    const response = await get('/no/such/page.html');
    expect(response.status).toBe(404);
    expect(response.text).toContain('教育局 404');
  });

  it('redirects a folder without slash and serves index.html with one', async () => {
    const bare = await get('/zwdt?x=1');
    expect(bare.status).toBe(301);
    expect(bare.headers.location).toBe('/zwdt/?x=1');
    expect((await get('/zwdt/')).text).toContain('政务动态');
  });

  it.each([
    '/../secret.txt',
    '/%2e%2e/secret.txt',
    '/zwdt/..%2f..%2fsecret.txt',
    '/..%5c..%5csecret.txt',
    '/leak.txt',
    '/.secret.tmp',
    '/%00.html',
  ])('never serves anything outside the site root: %s', async (path) => {
    const response = await get(path);
    expect([400, 404]).toContain(response.status);
    expect(response.text).not.toContain('outside the site');
  });

  it('answers bad percent-encoding with 400', async () => {
    expect((await get('/%E0%A4%A')).status).toBe(400);
  });

  it('allows only GET and HEAD', async () => {
    const response = await http.post('/').set('Host', 'jyj.zhanqun.test');
    expect(response.status).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    const head = await http.head('/').set('Host', 'jyj.zhanqun.test');
    expect(head.status).toBe(200);
    expect(head.text).toBeUndefined();
  });

  it('sends validators and answers both kinds of conditional request with 304', async () => {
    const first = await get('/');
    expect(first.headers.etag).toMatch(/^".+"$/);
    expect(first.headers['last-modified']).toBeDefined();
    expect(first.headers['cache-control']).toBe('no-cache');
    expect((await get('/').set('If-None-Match', first.headers.etag)).status).toBe(304);
    expect((await get('/').set('If-Modified-Since', first.headers['last-modified'])).status).toBe(304);
    expect((await get('/').set('If-None-Match', '"other"')).status).toBe(200);
  });

  /** A raw request: no client-side decompression, so the bytes on the wire can be checked. */
  function raw(path: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
    const port = (site.server.address() as AddressInfo).port;
    return new Promise((resolve, reject) => {
      httpGet({ port, path, headers: { host: 'jyj.zhanqun.test', ...headers } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
  }

  it('compresses with brotli or gzip', async () => {
    const br = await raw('/', { 'accept-encoding': 'br, gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(Number(br.headers['content-length'])).toBe(br.body.length);
    expect(brotliDecompressSync(br.body).toString()).toBe(BIG_HTML);
    const gzip = await raw('/', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(BIG_HTML);
    const plain = await raw('/', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(BIG_HTML);
  });

  it('sends the right content types and cache policy for assets', async () => {
    const css = await get('/assets/site.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers['cache-control']).toBe('public, max-age=3600');
    expect(css.headers['x-content-type-options']).toBe('nosniff');
    expect((await get('/sitemap.xml')).headers['content-type']).toBe('application/xml; charset=utf-8');
  });

  it('serves a republished file fresh at once', async () => {
    write(root, 'sites/jyj/zwdt/.new.tmp', '<p>更新后的政务动态</p>');
    renameSync(join(root, 'sites/jyj/zwdt/.new.tmp'), join(root, 'sites/jyj/zwdt/index.html'));
    expect((await get('/zwdt/index.html')).text).toContain('更新后的政务动态');
  });

  it('reloads hosts.json when it is rewritten', async () => {
    writeHosts(root, { 'jyj.zhanqun.test': { ...jyj, status: 'suspended' } });
    const deadline = Date.now() + 5000;
    let status = 200;
    while (Date.now() < deadline && status !== 503) {
      status = (await get('/')).status;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(503);
    writeHosts(root, { 'jyj.zhanqun.test': jyj });
  });
});
