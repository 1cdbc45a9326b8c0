import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HostsFile } from './hosts-writer';
import { nginxConf, NginxConfigError } from './nginx-conf';

const OPTIONS = { publishRoot: '/var/www', upstream: 'site:8080' };

function hosts(entries: Record<string, [code: string, status: 'active' | 'suspended', primary: string]>): HostsFile {
  return {
    version: 1,
    hosts: Object.fromEntries(Object.entries(entries).map(([host, [code, status, primary]]) => [host, { code, status, primary }])),
  };
}

const GROUP = hosts({
  'www.example.gov.cn': ['www', 'active', 'www.example.gov.cn'],
  'jyj.example.gov.cn': ['jyj', 'active', 'jyj.example.gov.cn'],
  'edu.example.gov.cn': ['jyj', 'active', 'jyj.example.gov.cn'],
  'old-edu.example.gov.cn': ['jyj', 'active', 'jyj.example.gov.cn'],
  'gaj.example.gov.cn': ['gaj', 'suspended', 'gaj.example.gov.cn'],
});

/** The server block whose server_name line names `host`. */
function serverOf(text: string, host: string): string {
  const block = text.split(/\n\n(?=# )/).find((part) => new RegExp(`server_name [^;]*"${host.replace(/\./g, '\\.')}"`).test(part));
  if (!block) throw new Error(`no server block for ${host}`);
  return block;
}

describe('nginxConf', () => {
  const { text, skipped } = nginxConf(GROUP, OPTIONS);

  it('serves a primary domain from its site directory, dynamic paths from apps/site', () => {
    const server = serverOf(text, 'jyj.example.gov.cn');
    expect(server).toContain('root "/var/www/sites/jyj";');
    expect(server).toContain('try_files $uri $uri/index.html =404;');
    expect(server).toContain('location ~ ^/(search|api/public|interaction)(/|$) {');
    expect(server).toContain('proxy_pass http://zhanqun_site;');
    expect(text).toContain('upstream zhanqun_site {\n    server site:8080;');
    expect(skipped).toEqual([]);
  });

  it('redirects aliases to the primary domain keeping the path', () => {
    const server = serverOf(text, 'edu.example.gov.cn');
    expect(server).toContain('server_name "edu.example.gov.cn" "old-edu.example.gov.cn";');
    expect(server).toContain('return 301 $scheme://jyj.example.gov.cn$request_uri;');
    expect(server).not.toContain('root ');
    expect(nginxConf(GROUP, { ...OPTIONS, publicPort: 8080 }).text).toContain('return 301 $scheme://jyj.example.gov.cn:8080$request_uri;');
  });

  it('answers 503 for a suspended site, with its notice page', () => {
    const server = serverOf(text, 'gaj.example.gov.cn');
    expect(server).toContain('location / { return 503; }');
    expect(server).toContain('error_page 503 @notice;');
    expect(server).toContain('root "/var/www/platform";');
    expect(server).toContain('add_header Retry-After 3600 always;');
  });

  it('sends unknown hosts to the platform 404 page', () => {
    expect(text).toMatch(/listen 80 default_server;\n\s+server_name _;\n\s+root "\/var\/www\/platform";/);
  });

  it('writes one block per site and alias group for many sites, in a stable order', () => {
    const many: Parameters<typeof hosts>[0] = {};
    for (let i = 0; i < 300; i++) {
      many[`s${i}.example.gov.cn`] = [`s${i}`, i % 10 === 0 ? 'suspended' : 'active', `s${i}.example.gov.cn`];
      many[`alias${i}.example.gov.cn`] = [`s${i}`, 'active', `s${i}.example.gov.cn`];
    }
    const conf = nginxConf(hosts(many), OPTIONS).text;
    expect(conf.match(/^server \{/gm)).toHaveLength(1 + 300 + 300);
    expect(conf.match(/location \/ \{ return 503; \}/g)).toHaveLength(30);
    expect(nginxConf(hosts(Object.fromEntries(Object.entries(many).reverse())), OPTIONS).text).toBe(conf);
  });

  it.each([
    ['evil.example.gov.cn; } server { listen 80; root /', 'www', 'evil.example.gov.cn; } server { listen 80; root /'],
    ['a"b.example.gov.cn', 'ab', 'a"b.example.gov.cn'],
    ['x.example.gov.cn\n  include /etc/passwd', 'x', 'x.example.gov.cn\n  include /etc/passwd'],
    ['$host.example.gov.cn', 'h', '$host.example.gov.cn'],
    ['ok.example.gov.cn', 'bad code; return 200', 'ok.example.gov.cn'],
    ['ok2.example.gov.cn', '../../etc', 'ok2.example.gov.cn'],
  ])('leaves out a hostile entry %j', (host, code, primary) => {
    const file = hosts({
      ...Object.fromEntries(Object.entries(GROUP.hosts).map(([h, e]) => [h, [e.code, e.status, e.primary]])),
      [host]: [code, 'active', primary],
    } as never);
    const result = nginxConf(file, OPTIONS);
    expect(result.skipped).toEqual([host]);
    expect(result.text).toBe(text);
  });

  it('leaves out an alias whose primary domain is hostile or missing', () => {
    const result = nginxConf(hosts({ 'alias.example.gov.cn': ['x', 'active', 'gone.example.gov.cn'] }), OPTIONS);
    expect(result.skipped).toEqual(['alias.example.gov.cn']);
    expect(result.text).not.toContain('alias.example.gov.cn');
  });

  it.each([
    [{ publishRoot: 'relative/www' }, /publish root/],
    [{ publishRoot: '/var/www; include /etc' }, /publish root/],
    [{ publishRoot: '/var/$host' }, /publish root/],
    [{ publishRoot: '/var/my www' }, /publish root/],
    [{ upstream: 'site' }, /upstream/],
    [{ upstream: 'site:8080; server evil:80' }, /upstream/],
    [{ listen: '80 default_server' }, /listen/],
  ])('refuses unsafe options %j', (override, message) => {
    expect(() => nginxConf(GROUP, { ...OPTIONS, ...override })).toThrow(NginxConfigError);
    expect(() => nginxConf(GROUP, { ...OPTIONS, ...override })).toThrow(message);
  });
});

/** nginx itself, when installed: `nginx -t` accepts the file, and a running nginx behaves as planned. */
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => existsSync(path));
const describeNginx = NGINX ? describe : describe.skip;
if (!NGINX) console.warn('nginx is not installed: skipping the nginx -t and serving checks (apt-get install -y nginx-light)');

describeNginx('nginxConf with nginx', () => {
  let dir: string;
  let upstream: Server;
  let nginx: ChildProcess;
  let port: number;

  const write = (path: string, body: string) => {
    mkdirSync(dirname(join(dir, 'www', path)), { recursive: true });
    writeFileSync(join(dir, 'www', path), body);
  };

  function wrapper(conf: string): string {
    const path = join(dir, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${dir}/${name};`).join(' ');
    writeFileSync(
      path,
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log warn;\ndaemon off;\nevents { worker_connections 64; }\n` +
        `http {\n  access_log off;\n  ${temp}\n  types { text/html html; application/xml xml; }\n  include ${conf};\n}\n`,
    );
    return path;
  }

  function get(
    path: string,
    host: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
    return new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers: { ...headers, host } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
        .on('error', reject)
        .end();
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zq-nginx-'));
    // nginx workers run as an unprivileged user, mkdtemp makes the folder private.
    chmodSync(dir, 0o755);
    write('sites/jyj/index.html', '教育局首页');
    write('sites/jyj/404.html', '教育局 404');
    write('sites/jyj/zwdt/index.html', '政务动态');
    write('sites/gaj/503.html', '公安局维护中');
    write('platform/404.html', '平台 404');
    write('platform/503.html', '平台 503');
    upstream = createServer((req, res) =>
      res.end(req.url === '/interaction/whoami' ? `${req.headers['x-forwarded-for']}` : `apps/site ${req.headers.host} ${req.url}`),
    ).listen(0, '127.0.0.1');
    await new Promise((resolve) => upstream.once('listening', resolve));
    const probe = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => probe.once('listening', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const file = hosts({
      ...Object.fromEntries(Object.entries(GROUP.hosts).map(([h, e]) => [h, [e.code, e.status, e.primary]])),
      'swj.example.gov.cn': ['swj', 'suspended', 'swj.example.gov.cn'],
    } as never);
    const conf = nginxConf(file, {
      publishRoot: join(dir, 'www'),
      upstream: `127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      listen: `127.0.0.1:${port}`,
    });
    writeFileSync(join(dir, 'sites.conf'), conf.text);
    const config = wrapper(join(dir, 'sites.conf'));
    const check = spawnSync(NGINX!, ['-t', '-q', '-e', join(dir, 'error.log'), '-c', config], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    nginx = spawn(NGINX!, ['-e', join(dir, 'error.log'), '-c', config], { stdio: 'ignore' });
    for (let tries = 0; ; tries++) {
      try {
        await get('/', 'probe');
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  });

  afterAll(async () => {
    nginx?.kill('SIGQUIT');
    await new Promise((resolve) => (nginx?.exitCode === null ? nginx.once('exit', resolve) : resolve(null)));
    upstream?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves generated files and the site 404 page on a primary domain', async () => {
    expect(await get('/', 'jyj.example.gov.cn')).toMatchObject({ status: 200, body: '教育局首页' });
    expect(await get('/zwdt/', 'jyj.example.gov.cn')).toMatchObject({ status: 200, body: '政务动态' });
    expect(await get('/no/such.html', 'jyj.example.gov.cn')).toMatchObject({ status: 404, body: '教育局 404' });
  });

  it('passes dynamic paths to apps/site with the Host', async () => {
    expect(await get('/search?q=%E6%95%99%E8%82%B2', 'jyj.example.gov.cn')).toMatchObject({
      status: 200,
      body: 'apps/site jyj.example.gov.cn /search?q=%E6%95%99%E8%82%B2',
    });
    expect((await get('/api/public/x', 'jyj.example.gov.cn')).body).toBe('apps/site jyj.example.gov.cn /api/public/x');
    expect((await get('/searching.html', 'jyj.example.gov.cn')).status).toBe(404);
  });

  it("tells apps/site the client's own address, not one the client made up", async () => {
    const seen = await get('/interaction/whoami', 'jyj.example.gov.cn', { 'X-Forwarded-For': '203.0.113.99' });
    expect(seen.body).toBe('127.0.0.1');
  });

  it('redirects aliases with the path and query', async () => {
    const response = await get('/zwdt/index.html?a=1', 'old-edu.example.gov.cn');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe('http://jyj.example.gov.cn/zwdt/index.html?a=1');
  });

  it('answers 503 for a suspended site on every path, with its own notice page or the platform one', async () => {
    for (const path of ['/', '/index.html', '/503.html', '/search?q=1']) {
      const response = await get(path, 'gaj.example.gov.cn');
      expect(response).toMatchObject({ status: 503, body: '公安局维护中' });
      expect(response.headers['retry-after']).toBe('3600');
    }
    expect(await get('/', 'swj.example.gov.cn')).toMatchObject({ status: 503, body: '平台 503' });
  });

  it('answers the platform 404 page for unknown hosts', async () => {
    expect(await get('/', 'unknown.example.org')).toMatchObject({ status: 404, body: '平台 404' });
  });
});
