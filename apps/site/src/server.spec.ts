import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createSiteServer, type SiteRequestContext, type SiteServer } from './server';

/** A page big enough to be compressed, with Chinese text as the generated pages have. */
const HOME = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示范县教育局</title></head><body>${'<p>示范县教育局工作动态</p>'.repeat(200)}</body></html>`;
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e2215bc40000000049454e44ae426082',
  'hex',
);

function write(root: string, path: string, body: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), body);
}

/** The publisher's way: a temp file in the same folder, renamed over the target. */
function writeAtomically(root: string, path: string, body: string): void {
  const temp = join(dirname(join(root, path)), `.${Math.random().toString(36).slice(2)}.tmp`);
  mkdirSync(dirname(temp), { recursive: true });
  writeFileSync(temp, body);
  renameSync(temp, join(root, path));
}

type HostRow = { code: string; status: 'active' | 'suspended'; primary: string };
function writeHosts(root: string, hosts: Record<string, HostRow>): void {
  writeAtomically(root, 'hosts.json', JSON.stringify({ version: 1, hosts }, null, 1));
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

/** A raw request: the path goes out exactly as written and the body comes back undecoded. */
function send(
  port: number,
  path: string,
  options: { host?: string | null; method?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.host !== null) headers.host = options.host ?? 'jyj.zhanqun.test';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { port, host: '127.0.0.1', path, method: options.method ?? 'GET', headers, agent: false, setHost: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text: body.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** Bytes on a socket, for requests an HTTP client would refuse to make (no Host header). */
function sendRaw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(text));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

async function eventually(check: () => Promise<boolean>, timeoutMs = 6000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const JYJ: HostRow = { code: 'jyj', status: 'active', primary: 'jyj.zhanqun.test' };
const MZJ: HostRow = { code: 'mzj', status: 'active', primary: 'mzj.zhanqun.test' };
const GAJ: HostRow = { code: 'gaj', status: 'suspended', primary: 'gaj.zhanqun.test' };
const SWJ: HostRow = { code: 'swj', status: 'suspended', primary: 'swj.zhanqun.test' };
const HOSTS: Record<string, HostRow> = {
  'jyj.zhanqun.test': JYJ,
  'edu.zhanqun.test': JYJ,
  'www.jyj.gov.cn': JYJ,
  'mzj.zhanqun.test': MZJ,
  'gaj.zhanqun.test': GAJ,
  'swj.zhanqun.test': SWJ,
};

const CONTENT_TYPES: Record<string, string> = {
  'site.css': 'text/css; charset=utf-8',
  'site.js': 'text/javascript; charset=utf-8',
  'logo.svg': 'image/svg+xml',
  'logo.png': 'image/png',
  'photo.jpg': 'image/jpeg',
  'anim.gif': 'image/gif',
  'photo.webp': 'image/webp',
  'favicon.ico': 'image/x-icon',
  'data.json': 'application/json; charset=utf-8',
  'readme.txt': 'text/plain; charset=utf-8',
  'notice.pdf': 'application/pdf',
  'form.doc': 'application/msword',
  'form.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'table.xls': 'application/vnd.ms-excel',
  'table.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'slides.ppt': 'application/vnd.ms-powerpoint',
  'slides.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'files.zip': 'application/zip',
  'font.woff2': 'font/woff2',
  'blob.unknownext': 'application/octet-stream',
  NOEXT: 'application/octet-stream',
};

describe('apps/site: serving generated pages by Host', () => {
  let root: string;
  let outside: string;
  let site: SiteServer;
  let port: number;
  const get = (path: string, host = 'jyj.zhanqun.test', headers: Record<string, string> = {}) => send(port, path, { host, headers });

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'zq-site-'));
    outside = mkdtempSync(join(tmpdir(), 'zq-outside-'));
    write(outside, 'secret.txt', 'SECRET OUTSIDE THE PUBLISH ROOT');
    write(outside, 'dir/index.html', 'SECRET DIRECTORY OUTSIDE');

    write(root, 'sites/jyj/index.html', HOME);
    write(root, 'sites/jyj/zwdt/index.html', '<!DOCTYPE html><p>政务动态</p>');
    write(root, 'sites/jyj/zwdt/index_2.html', '<!DOCTYPE html><p>政务动态 第2页</p>');
    write(root, 'sites/jyj/zwdt/202601/t20260115_42.html', '<!DOCTYPE html><p>全县教育工作会议召开</p>');
    write(root, 'sites/jyj/通知公告/index.html', '<p>通知公告</p>');
    write(
      root,
      'sites/jyj/sitemap.xml',
      `<?xml version="1.0" encoding="UTF-8"?><urlset>${'<url><loc>http://jyj.zhanqun.test/</loc></url>'.repeat(20)}</urlset>`,
    );
    write(root, 'sites/jyj/sitemap.html', '<p>网站地图</p>');
    write(root, 'sites/jyj/searching.html', '<p>not a search handler</p>');
    write(root, 'sites/jyj/404.html', '<p>教育局 404 页面</p>');
    write(root, 'sites/jyj/503.html', '<p>教育局 维护中</p>');
    write(root, 'sites/jyj/.a1b2c3.tmp', 'PUBLISHER TEMP FILE');
    write(root, 'sites/jyj/assets/logo.png', PNG);
    for (const name of Object.keys(CONTENT_TYPES)) {
      if (name !== 'logo.png') write(root, `sites/jyj/assets/${name}`, `/* ${name} */ ${'x'.repeat(300)}`);
    }
    write(root, 'sites/mzj/index.html', '<p>民政局首页</p>');
    write(root, 'sites/mzj/secret.html', '<p>民政局 page</p>');
    write(root, 'sites/gaj/index.html', '<p>公安局首页</p>');
    write(root, 'sites/gaj/503.html', '<p>公安局网站维护中</p>');
    write(root, 'sites/swj/index.html', '<p>商务局首页</p>');
    write(root, 'platform/404.html', '<p>站群 平台 404</p>');
    write(root, 'platform/503.html', '<p>站群 平台 503</p>');
    write(root, 'secret.txt', 'SECRET IN THE PUBLISH ROOT');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'sites/jyj/leak.txt'));
    symlinkSync(join(outside, 'dir'), join(root, 'sites/jyj/leakdir'));
    symlinkSync(join(root, 'sites/jyj/zwdt/index.html'), join(root, 'sites/jyj/latest.html')); // inside: fine
    writeHosts(root, HOSTS);

    site = createSiteServer({ publishRoot: root, hostsPollMs: 200, log: () => undefined });
    port = (await site.listen(0, '127.0.0.1')).port;
  });

  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  describe('host resolution', () => {
    it('serves each site its own pages', async () => {
      const jyj = await get('/');
      expect(jyj.status).toBe(200);
      expect(jyj.text).toBe(HOME);
      const mzj = await get('/', 'mzj.zhanqun.test');
      expect(mzj.status).toBe(200);
      expect(mzj.text).toBe('<p>民政局首页</p>');
    });

    it.each(['JYJ.Zhanqun.TEST', 'jyj.zhanqun.test:8080', 'jyj.zhanqun.test:80', 'jyj.zhanqun.test.'])(
      'ignores case, port and a trailing dot: %s',
      async (host) => {
        const response = await get('/zwdt/', host);
        expect(response.status).toBe(200);
        expect(response.text).toContain('政务动态');
      },
    );

    it('answers an unknown host with the platform 404 page', async () => {
      for (const host of ['nobody.zhanqun.test', 'nobody.zhanqun.test:8080', 'zhanqun.test', '127.0.0.1', 'jyj.zhanqun.test:port']) {
        const response = await get('/index.html', host);
        expect(response.status).toBe(404);
        expect(response.text).toContain('站群 平台 404');
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      }
    });

    it('answers a request without Host with the platform 404 page', async () => {
      const reply = await sendRaw(port, 'GET / HTTP/1.0\r\n\r\n');
      expect(reply).toMatch(/^HTTP\/1\.1 404/);
      expect(reply).toContain('站群 平台 404');
    });

    it('redirects an alias to the primary domain with 301, keeping path and query', async () => {
      const response = await get('/zwdt/index.html?a=1&b=%E4%B8%AD', 'edu.zhanqun.test');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('http://jyj.zhanqun.test/zwdt/index.html?a=1&b=%E4%B8%AD');
      expect(response.headers['content-length']).toBe('0');
    });

    it('keeps the port of the Host header in the alias redirect', async () => {
      const response = await get('/zwdt/?x=y', 'WWW.jyj.gov.cn:8080');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('http://jyj.zhanqun.test:8080/zwdt/?x=y');
      const root = await get('/', 'edu.zhanqun.test:8080');
      expect(root.headers.location).toBe('http://jyj.zhanqun.test:8080/');
    });

    it('redirects an alias even for paths that do not exist, and keeps the method of a POST (308)', async () => {
      expect((await get('/no/such/page.html', 'edu.zhanqun.test')).status).toBe(301);
      const post = await send(port, '/search?q=1', { host: 'edu.zhanqun.test', method: 'POST' });
      expect(post.status).toBe(308);
      expect(post.headers.location).toBe('http://jyj.zhanqun.test/search?q=1');
    });

    it('answers a suspended site with its own 503 page and Retry-After, whatever the path', async () => {
      for (const path of ['/', '/index.html', '/no/such/page.html']) {
        const response = await get(path, 'gaj.zhanqun.test');
        expect(response.status).toBe(503);
        expect(response.headers['retry-after']).toBe('3600');
        expect(response.headers['cache-control']).toBe('no-store');
        expect(response.text).toContain('公安局网站维护中');
        expect(response.text).not.toContain('公安局首页');
      }
    });

    it('falls back to the platform 503 page for a suspended site without one', async () => {
      const response = await get('/', 'swj.zhanqun.test:8080');
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toBe('3600');
      expect(response.text).toContain('站群 平台 503');
    });
  });

  describe('paths', () => {
    it('serves index.html for / and for folders with a slash', async () => {
      expect((await get('/')).text).toBe(HOME);
      expect((await get('/index.html')).text).toBe(HOME);
      expect((await get('/zwdt/')).text).toContain('政务动态');
      expect((await get('/zwdt/index_2.html')).text).toContain('第2页');
      expect((await get('/zwdt/202601/t20260115_42.html')).text).toContain('全县教育工作会议召开');
    });

    it('redirects a folder without its slash, keeping the query', async () => {
      const bare = await get('/zwdt');
      expect(bare.status).toBe(301);
      expect(bare.headers.location).toBe('/zwdt/');
      const withQuery = await get('/zwdt/202601?page=2');
      expect(withQuery.status).toBe(301);
      expect(withQuery.headers.location).toBe('/zwdt/202601/?page=2');
    });

    it('decodes percent-encoded paths and re-encodes redirects', async () => {
      const page = await get('/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A/');
      expect(page.status).toBe(200);
      expect(page.text).toContain('通知公告');
      const bare = await get('/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A');
      expect(bare.status).toBe(301);
      expect(bare.headers.location).toBe('/%E9%80%9A%E7%9F%A5%E5%85%AC%E5%91%8A/');
    });

    it('never redirects to another host through a folder redirect', async () => {
      const response = await get('//zwdt');
      expect(response.status).toBe(301);
      expect(response.headers.location).toBe('/zwdt/');
    });

    it('answers a missing page with the site 404 page', async () => {
      for (const path of ['/no/such/page.html', '/zwdt/index_99.html', '/zwdt/202601/', '/index.html/', '/assets/']) {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(response.text).toContain('教育局 404 页面');
      }
    });

    it('falls back to the platform 404 page for a site without one', async () => {
      const response = await get('/missing.html', 'mzj.zhanqun.test');
      expect(response.status).toBe(404);
      expect(response.text).toContain('站群 平台 404');
    });

    it('serves a symlink that stays inside the site', async () => {
      const response = await get('/latest.html');
      expect(response.status).toBe(200);
      expect(response.text).toContain('政务动态');
    });

    it.each([
      '/../secret.txt',
      '/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/secret.txt',
      '/..%2fsecret.txt',
      '/zwdt/..%2f..%2f..%2fsecret.txt',
      '/zwdt/%2e%2e/%2e%2e/secret.txt',
      '/..%2fmzj/secret.html',
      '/../mzj/secret.html',
      '/./../secret.txt',
      '/..\\secret.txt',
      '/..%5csecret.txt',
      '/zwdt/..%5c..%5csecret.txt',
      '/%5c..%5c..%5csecret.txt',
      '/leak.txt',
      '/leakdir/',
      '/leakdir/index.html',
      '/leakdir',
      '/.a1b2c3.tmp',
      '/%2ea1b2c3.tmp',
      '/%00',
      '/index.html%00.txt',
      '/%00/../secret.txt',
    ])('never serves anything outside the site: %s', async (path) => {
      const response = await get(path);
      expect([400, 404]).toContain(response.status);
      expect(response.text).not.toContain('SECRET');
      expect(response.text).not.toContain('民政局');
    });

    it('answers malformed percent-encoding with 400', async () => {
      for (const path of ['/%E0%A4%A', '/%zz', '/zwdt/%', '/%C0%AF']) {
        const response = await get(path);
        expect(response.status).toBe(400);
        expect(response.text).toContain('教育局 404 页面');
      }
    });

    it('answers a request target that is not a path with 400', async () => {
      const reply = await sendRaw(port, 'GET * HTTP/1.1\r\nHost: jyj.zhanqun.test\r\nConnection: close\r\n\r\n');
      expect(reply).toMatch(/^HTTP\/1\.1 400/);
    });

    it('keeps /search and /api/public/ for dynamic handlers: 404 until one is registered', async () => {
      for (const path of [
        '/search',
        '/search?q=%E6%95%99%E8%82%B2',
        '/search/',
        '/api/public/',
        '/api/public/surveys/1',
        '/interaction/mailbox',
      ]) {
        const response = await get(path);
        expect(response.status).toBe(404);
        expect(response.text).toContain('教育局 404 页面');
      }
      const post = await send(port, '/api/public/mailbox', { method: 'POST' });
      expect(post.status).toBe(404);
      expect((await get('/searching.html')).status).toBe(200);
    });
  });

  describe('methods', () => {
    it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('answers %s with 405 and Allow', async (method) => {
      const response = await send(port, '/index.html', { method });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
    });

    it('answers HEAD like GET, without a body', async () => {
      const full = await get('/');
      for (const [path, host, status] of [
        ['/', 'jyj.zhanqun.test', 200],
        ['/missing.html', 'jyj.zhanqun.test', 404],
        ['/', 'gaj.zhanqun.test', 503],
        ['/', 'nobody.test', 404],
      ] as const) {
        const head = await send(port, path, { host, method: 'HEAD' });
        expect(head.status).toBe(status);
        expect(head.body.length).toBe(0);
        expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
      }
      const head = await send(port, '/', { method: 'HEAD' });
      expect(head.headers['content-length']).toBe(full.headers['content-length']);
      expect(head.headers.etag).toBe(full.headers.etag);
    });
  });

  describe('headers', () => {
    it('sends Content-Type, Content-Length, validators and the cache policy of a page', async () => {
      const response = await get('/');
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.headers.etag).toMatch(/^"[^"]+"$/); // strong
      expect(new Date(response.headers['last-modified']!).getTime()).toBe(
        Math.floor(statSync(join(root, 'sites/jyj/index.html')).mtimeMs / 1000) * 1000,
      );
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers.vary).toBe('Accept-Encoding');
    });

    it.each(Object.entries(CONTENT_TYPES))('sends the right Content-Type for %s', async (name, type) => {
      const response = await get(`/assets/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe(type);
      expect(response.headers['cache-control']).toBe('public, max-age=3600');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
    });

    it('serves the site maps with their types', async () => {
      const xml = await get('/sitemap.xml');
      expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(xml.headers['cache-control']).toBe('no-cache');
      expect(xml.text).toContain('<urlset>');
      const html = await get('/sitemap.html');
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    });

    it('serves binary files byte for byte', async () => {
      const png = await get('/assets/logo.png', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip, br' });
      expect(png.headers['content-encoding']).toBeUndefined();
      expect(png.body.equals(PNG)).toBe(true);
    });

    it('answers If-None-Match with 304', async () => {
      const first = await get('/');
      const etag = first.headers.etag!;
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`, '*']) {
        const response = await get('/', 'jyj.zhanqun.test', { 'if-none-match': header });
        expect(response.status).toBe(304);
        expect(response.body.length).toBe(0);
        expect(response.headers.etag).toBe(etag);
        expect(response.headers['cache-control']).toBe('no-cache');
      }
      expect((await get('/', 'jyj.zhanqun.test', { 'if-none-match': '"other"' })).status).toBe(200);
    });

    it('answers If-Modified-Since with 304, unless the file is newer or If-None-Match disagrees', async () => {
      const first = await get('/zwdt/index.html');
      const lastModified = first.headers['last-modified']!;
      const same = await get('/zwdt/index.html', 'jyj.zhanqun.test', { 'if-modified-since': lastModified });
      expect(same.status).toBe(304);
      expect(same.body.length).toBe(0);
      const later = new Date(Date.parse(lastModified) + 60_000).toUTCString();
      expect((await get('/zwdt/index.html', 'jyj.zhanqun.test', { 'if-modified-since': later })).status).toBe(304);
      const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString();
      expect((await get('/zwdt/index.html', 'jyj.zhanqun.test', { 'if-modified-since': earlier })).status).toBe(200);
      expect((await get('/zwdt/index.html', 'jyj.zhanqun.test', { 'if-modified-since': 'not a date' })).status).toBe(200);
      const both = await get('/zwdt/index.html', 'jyj.zhanqun.test', { 'if-modified-since': lastModified, 'if-none-match': '"other"' });
      expect(both.status).toBe(200);
    });

    it('sends brotli to clients that take it, decompressing to the original', async () => {
      const response = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip, deflate, br' });
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toBe('Accept-Encoding');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.body.length).toBeLessThan(Buffer.byteLength(HOME) / 4);
      expect(brotliDecompressSync(response.body).toString('utf8')).toBe(HOME);
    });

    it('sends gzip to clients that take only gzip, decompressing to the original', async () => {
      const response = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(gunzipSync(response.body).toString('utf8')).toBe(HOME);
      const refusedBr = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'br;q=0, gzip;q=0.5' });
      expect(refusedBr.headers['content-encoding']).toBe('gzip');
    });

    it('compresses every compressible type (css, js, svg, xml)', async () => {
      for (const path of ['/assets/site.css', '/assets/site.js', '/assets/logo.svg', '/sitemap.xml']) {
        const original = (await get(path)).body;
        const response = await get(path, 'jyj.zhanqun.test', { 'accept-encoding': 'gzip' });
        expect(response.headers['content-encoding']).toBe('gzip');
        expect(gunzipSync(response.body).equals(original)).toBe(true);
      }
    });

    it('sends the plain body when no coding is acceptable, and the same ETag for every coding', async () => {
      const plain = await get('/');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.text).toBe(HOME);
      const refused = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip;q=0, br;q=0' });
      expect(refused.headers['content-encoding']).toBeUndefined();
      const br = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'br' });
      expect(br.headers.etag).toBe(plain.headers.etag);
      const notModified = await get('/', 'jyj.zhanqun.test', { 'accept-encoding': 'br', 'if-none-match': plain.headers.etag! });
      expect(notModified.status).toBe(304);
      expect(notModified.headers.vary).toBe('Accept-Encoding');
    });

    it('compresses notice pages too', async () => {
      const response = await get('/', 'nobody.test', { 'accept-encoding': 'gzip' });
      expect(response.status).toBe(404);
      expect(Number(response.headers['content-length'])).toBe(response.body.length);
      expect(response.headers.etag).toBeUndefined();
    });
  });

  describe('freshness', () => {
    it('serves a file replaced by an atomic rename at once, even with the same size and mtime', async () => {
      const path = 'sites/jyj/zwdt/202601/t20260115_42.html';
      const before = await get('/zwdt/202601/t20260115_42.html');
      const mtime = statSync(join(root, path)).mtime;
      const next = before.text.replace('全县教育工作会议召开', '全县卫生工作会议召开');
      expect(Buffer.byteLength(next)).toBe(before.body.length);
      writeAtomically(root, path, next);
      utimesSync(join(root, path), mtime, mtime);
      const after = await get('/zwdt/202601/t20260115_42.html');
      expect(after.text).toBe(next);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      const stale = await get('/zwdt/202601/t20260115_42.html', 'jyj.zhanqun.test', { 'if-none-match': before.headers.etag! });
      expect(stale.status).toBe(200);
    });

    it('serves fresh compressed bytes after a republish', async () => {
      const first = await get('/zwdt/index_2.html', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip' });
      expect(first.status).toBe(200);
      const next = `<!DOCTYPE html><p>${'新的第二页 '.repeat(100)}</p>`;
      writeAtomically(root, 'sites/jyj/zwdt/index_2.html', next);
      const br = await get('/zwdt/index_2.html', 'jyj.zhanqun.test', { 'accept-encoding': 'br' });
      expect(brotliDecompressSync(br.body).toString('utf8')).toBe(next);
      const gzip = await get('/zwdt/index_2.html', 'jyj.zhanqun.test', { 'accept-encoding': 'gzip' });
      expect(gunzipSync(gzip.body).toString('utf8')).toBe(next);
    });

    it('notices new and deleted files at once', async () => {
      expect((await get('/zwdt/202602/t20260201_43.html')).status).toBe(404);
      writeAtomically(root, 'sites/jyj/zwdt/202602/t20260201_43.html', '<p>新文章</p>');
      expect((await get('/zwdt/202602/t20260201_43.html')).text).toBe('<p>新文章</p>');
      unlinkSync(join(root, 'sites/jyj/zwdt/202602/t20260201_43.html'));
      expect((await get('/zwdt/202602/t20260201_43.html')).status).toBe(404);
    });

    it('serves the newest 404 page of a site', async () => {
      writeAtomically(root, 'sites/mzj/404.html', '<p>民政局自己的 404</p>');
      const response = await get('/missing.html', 'mzj.zhanqun.test');
      expect(response.status).toBe(404);
      expect(response.text).toContain('民政局自己的 404');
    });
  });

  describe('hosts.json reload', () => {
    afterEach(() => writeHosts(root, HOSTS));

    it('picks up new domains, suspensions and alias changes after a rewrite', async () => {
      writeHosts(root, {
        ...HOSTS,
        'new.zhanqun.test': { ...MZJ, primary: 'new.zhanqun.test' },
        'mzj.zhanqun.test': { ...MZJ, primary: 'new.zhanqun.test' },
        'jyj.zhanqun.test': { ...JYJ, status: 'suspended' },
      });
      await eventually(async () => (await get('/', 'jyj.zhanqun.test')).status === 503);
      expect((await get('/', 'new.zhanqun.test')).text).toContain('民政局首页');
      const moved = await get('/a?b', 'mzj.zhanqun.test');
      expect(moved.status).toBe(301);
      expect(moved.headers.location).toBe('http://new.zhanqun.test/a?b');
      writeHosts(root, HOSTS);
      await eventually(async () => (await get('/', 'jyj.zhanqun.test')).status === 200);
      expect((await get('/', 'new.zhanqun.test')).status).toBe(404);
    });

    it('keeps the last good table while hosts.json is missing or broken, then takes the next good one', async () => {
      const logged: string[] = [];
      const quiet = createSiteServer({ publishRoot: root, hostsPollMs: 100, log: (line) => logged.push(line) });
      const quietPort = (await quiet.listen(0, '127.0.0.1')).port;
      try {
        unlinkSync(join(root, 'hosts.json'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect((await send(quietPort, '/')).status).toBe(200);
        writeAtomically(root, 'hosts.json', '{ "version": 1, "hosts": ');
        await eventually(async () => logged.length > 0);
        expect(logged[0]).toContain('keeping the previous host table');
        expect((await send(quietPort, '/')).status).toBe(200);
        writeHosts(root, { 'jyj.zhanqun.test': JYJ });
        await eventually(async () => (await send(quietPort, '/', { host: 'mzj.zhanqun.test' })).status === 404);
        expect((await send(quietPort, '/')).status).toBe(200);
      } finally {
        await quiet.close();
      }
    });
  });

  it('starts with an empty table when hosts.json does not exist yet, then serves once it appears', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'zq-site-empty-'));
    const fresh = createSiteServer({ publishRoot: empty, hostsPollMs: 100 });
    const freshPort = (await fresh.listen(0, '127.0.0.1')).port;
    try {
      const none = await send(freshPort, '/');
      expect(none.status).toBe(404);
      expect(none.text).toContain('您访问的页面不存在'); // built-in page: no platform/404.html either
      const suspended = await send(freshPort, '/', { host: 'gaj.zhanqun.test' });
      expect(suspended.status).toBe(404);
      write(empty, 'sites/jyj/index.html', '<p>后来发布的首页</p>');
      writeHosts(empty, { 'jyj.zhanqun.test': JYJ, 'gaj.zhanqun.test': GAJ });
      await eventually(async () => (await send(freshPort, '/')).status === 200);
      const built = await send(freshPort, '/', { host: 'gaj.zhanqun.test' });
      expect(built.status).toBe(503);
      expect(built.headers['retry-after']).toBe('3600');
      expect(built.text).toContain('网站暂停访问');
      const missing = await send(freshPort, '/missing.html');
      expect(missing.status).toBe(404);
      expect(missing.text).toContain('您访问的页面不存在');
    } finally {
      await fresh.close();
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe('apps/site: dynamic routes, large files and shutdown', () => {
  let root: string;
  let site: SiteServer;
  let port: number;
  const seen: SiteRequestContext[] = [];
  const BIG = Buffer.alloc(300_000, 'a');

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'zq-site-dyn-'));
    write(root, 'sites/jyj/index.html', '<p>首页</p>');
    write(root, 'sites/jyj/404.html', '<p>教育局 404</p>');
    write(root, 'sites/jyj/files/big.pdf', BIG);
    write(root, 'sites/jyj/files/big.txt', BIG);
    writeHosts(root, {
      'jyj.zhanqun.test': JYJ,
      'edu.zhanqun.test': JYJ,
      'gaj.zhanqun.test': GAJ,
    });
    site = createSiteServer({
      publishRoot: root,
      maxCachedFileBytes: 100_000,
      dynamicRoutes: {
        '/search': (request, response, context) => {
          seen.push(context);
          if (context.query === 'q=none') return context.notFound();
          const body = JSON.stringify({ method: request.method, path: context.path, query: context.query, code: context.site.code });
          response.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(body) });
          response.end(body);
        },
        '/api/public/': async (_request, _response, context) => {
          seen.push(context);
          await Promise.resolve();
          throw new Error('handler bug');
        },
      },
      log: () => undefined,
    });
    port = (await site.listen(0, '127.0.0.1')).port;
  });

  afterAll(async () => {
    await site.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('passes reserved paths of an active site to the registered handler, with any method', async () => {
    const response = await send(port, '/search?q=%E6%95%99%E8%82%B2', { host: 'jyj.zhanqun.test:8080' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ method: 'GET', path: '/search', query: 'q=%E6%95%99%E8%82%B2', code: 'jyj' });
    expect(seen[0]).toMatchObject({ host: 'jyj.zhanqun.test', port: '8080', siteRoot: join(root, 'sites', 'jyj') });
    const post = await send(port, '/search/advanced', { host: 'jyj.zhanqun.test', method: 'POST' });
    expect(JSON.parse(post.text)).toMatchObject({ method: 'POST', path: '/search/advanced' });
  });

  it('lets a handler answer with the site 404 page', async () => {
    const response = await send(port, '/search?q=none', { host: 'jyj.zhanqun.test' });
    expect(response.status).toBe(404);
    expect(response.text).toContain('教育局 404');
  });

  it('does not call handlers for aliases and suspended sites', async () => {
    const count = seen.length;
    expect((await send(port, '/search?q=1', { host: 'edu.zhanqun.test' })).status).toBe(301);
    expect((await send(port, '/search?q=1', { host: 'gaj.zhanqun.test' })).status).toBe(503);
    expect(seen.length).toBe(count);
  });

  it('answers 500 when a handler fails, and keeps serving', async () => {
    const response = await send(port, '/api/public/surveys', { host: 'jyj.zhanqun.test' });
    expect(response.status).toBe(500);
    expect((await send(port, '/', { host: 'jyj.zhanqun.test' })).status).toBe(200);
  });

  it('streams files larger than the cache keeps, with validators and Content-Length', async () => {
    for (const path of ['/files/big.pdf', '/files/big.txt']) {
      const response = await send(port, path, { host: 'jyj.zhanqun.test', headers: { 'accept-encoding': 'gzip, br' } });
      expect(response.status).toBe(200);
      expect(response.headers['content-length']).toBe(String(BIG.length));
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.equals(BIG)).toBe(true);
      const again = await send(port, path, { host: 'jyj.zhanqun.test', headers: { 'if-none-match': response.headers.etag! } });
      expect(again.status).toBe(304);
    }
    expect(site.cache.stats.bytes).toBeLessThan(BIG.length);
    const head = await send(port, '/files/big.pdf', { host: 'jyj.zhanqun.test', method: 'HEAD' });
    expect(head.headers['content-length']).toBe(String(BIG.length));
    expect(head.body.length).toBe(0);
  });

  it('close() stops the server and the hosts.json watchers', async () => {
    const other = createSiteServer({ publishRoot: root, hostsPollMs: 50 });
    const otherPort = (await other.listen(0, '127.0.0.1')).port;
    expect((await send(otherPort, '/', { host: 'jyj.zhanqun.test' })).status).toBe(200);
    await other.close();
    await other.close(); // idempotent
    expect(other.server.listening).toBe(false);
    writeHosts(root, { 'new.zhanqun.test': { ...JYJ, primary: 'new.zhanqun.test' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(other.hosts.lookup('new.zhanqun.test')).toBeUndefined();
    await expect(send(otherPort, '/', { host: 'jyj.zhanqun.test' })).rejects.toThrow();
  });
});
