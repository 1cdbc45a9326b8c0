import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connect, type TLSSocket } from 'node:tls';
import { HSTS, PAGE_SECURITY_HEADERS, PLATFORM_PAGE_SECURITY_HEADERS } from '@zhanqun/shared';
import type { HostsFile } from './hosts-writer';
import { certificatesIn, nginxConf, NginxConfigError, type NginxTls } from './nginx-conf';

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

  it('sends the security headers of apps/site with every file nginx serves, the platform policy on platform pages', () => {
    const line = (name: string, value: string) => `add_header ${name} "${value}" always;`;
    const active = serverOf(text, 'jyj.example.gov.cn');
    for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) {
      // Both file locations (pages and /uploads, /assets); the proxied paths get them from apps/site.
      expect(active.split(line(name, value)).length - 1).toBe(2);
      expect(serverOf(text, 'gaj.example.gov.cn')).toContain(line(name, value));
    }
    expect(active.slice(active.indexOf('location ~ ^/(search'), active.indexOf('# Published'))).not.toContain('add_header');
    const platform = text.slice(text.indexOf('default_server'), text.indexOf('location / { return 404; }'));
    for (const [name, value] of Object.entries(PLATFORM_PAGE_SECURITY_HEADERS)) expect(platform).toContain(line(name, value));
    expect(PLATFORM_PAGE_SECURITY_HEADERS['Content-Security-Policy']).toContain("form-action 'self' http: https:");
    expect(text).not.toContain('Strict-Transport-Security');
    expect(text).not.toContain('ssl');
  });
});

describe('nginxConf with TLS', () => {
  const TLS: NginxTls = { certDir: '/etc/zhanqun/certs/', hasCertificate: (host) => !['old-edu.example.gov.cn'].includes(host) };
  const { text, withoutCertificate } = nginxConf(GROUP, { ...OPTIONS, tls: TLS });
  /** The server block with this comment line. */
  const block = (comment: string) => {
    const found = text.split(/\n\n(?=# )/).find((part) => part.startsWith(`# ${comment}\n`));
    if (!found) throw new Error(`no block # ${comment}`);
    return found;
  };

  it('serves a site with its own certificate over HTTPS and HTTP/2, TLS 1.2 and 1.3 only, with HSTS', () => {
    const server = block('jyj');
    expect(server).toMatch(/^ {4}listen 443 ssl;\n {4}http2 on;$/m);
    expect(server).toContain('ssl_certificate "/etc/zhanqun/certs/jyj.example.gov.cn/fullchain.pem";');
    expect(server).toContain('ssl_certificate_key "/etc/zhanqun/certs/jyj.example.gov.cn/privkey.pem";');
    expect(server).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
    expect(server).toMatch(/ssl_ciphers (ECDHE-(ECDSA|RSA)-[A-Z0-9-]+:?)+;/);
    expect(server).not.toMatch(/listen 80/);
    expect(server).toContain('root "/var/www/sites/jyj";');
    // HSTS on everything, the proxied paths included; this host only.
    expect(server.split(`add_header Strict-Transport-Security "${HSTS}" always;`).length - 1).toBe(3);
    expect(HSTS).toBe('max-age=31536000');
  });

  it('redirects plain HTTP on the primary domain and every alias to the same path over HTTPS on the primary domain', () => {
    const server = block('jyj over plain HTTP');
    expect(server).toContain('listen 80;');
    expect(server).toContain('server_name "jyj.example.gov.cn" "edu.example.gov.cn" "old-edu.example.gov.cn";');
    expect(server).toContain('return 301 https://jyj.example.gov.cn$request_uri;');
    expect(server).not.toContain('Strict-Transport-Security');
  });

  it('redirects an alias with a certificate over HTTPS too; one without is reported and answers on HTTP only', () => {
    const aliases = text.split(/\n\n(?=# )/).filter((part) => part.startsWith('# jyj alias\n'));
    expect(aliases).toHaveLength(1);
    expect(aliases[0]).toContain('server_name "edu.example.gov.cn";');
    expect(aliases[0]).toContain('ssl_certificate "/etc/zhanqun/certs/edu.example.gov.cn/fullchain.pem";');
    expect(aliases[0]).toContain('return 301 https://jyj.example.gov.cn$request_uri;');
    expect(aliases[0]).toContain(`add_header Strict-Transport-Security "${HSTS}" always;`);
    expect(withoutCertificate).toEqual(['old-edu.example.gov.cn']);
  });

  it('answers 503 for a suspended site over HTTPS, and refuses the handshake for hosts of no site', () => {
    expect(block('gaj (suspended)')).toContain('listen 443 ssl;');
    expect(block('gaj (suspended)')).toContain('location / { return 503; }');
    expect(block('gaj over plain HTTP')).toContain('return 301 https://gaj.example.gov.cn$request_uri;');
    const fallback = text.slice(text.indexOf('# A host of no site'), text.indexOf('location / { return 404; }'));
    expect(fallback).toMatch(/listen 80 default_server;\n\s+listen 443 ssl default_server;\n\s+http2 on;\n\s+ssl_reject_handshake on;/);
  });

  it('keeps a site without a certificate on plain HTTP as before, and reports it', () => {
    const result = nginxConf(GROUP, { ...OPTIONS, tls: { ...TLS, hasCertificate: (host) => host !== 'jyj.example.gov.cn' } });
    expect(result.withoutCertificate).toEqual(['jyj.example.gov.cn', 'edu.example.gov.cn', 'old-edu.example.gov.cn']);
    const plain = nginxConf(GROUP, OPTIONS).text;
    expect(serverOf(result.text, 'jyj.example.gov.cn')).toBe(serverOf(plain, 'jyj.example.gov.cn'));
    expect(serverOf(result.text, 'edu.example.gov.cn')).toBe(serverOf(plain, 'edu.example.gov.cn'));
    expect(result.text).toContain('return 301 https://gaj.example.gov.cn$request_uri;');
  });

  it('writes HTTP/2 the way older nginx wants it, or not at all', () => {
    const legacy = nginxConf(GROUP, { ...OPTIONS, tls: { ...TLS, http2: 'listen', listen: '8443' } }).text;
    expect(legacy).toContain('listen 8443 ssl http2;');
    expect(legacy).toContain('listen 8443 ssl http2 default_server;');
    expect(legacy).not.toContain('http2 on;');
    const off = nginxConf(GROUP, { ...OPTIONS, tls: { ...TLS, http2: 'off' } }).text;
    expect(off).not.toContain('http2');
  });

  it('finds certificates by the <certDir>/<host>/ convention', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zq-certs-'));
    try {
      mkdirSync(join(dir, 'a.example.gov.cn'));
      mkdirSync(join(dir, 'b.example.gov.cn'));
      for (const file of ['fullchain.pem', 'privkey.pem']) writeFileSync(join(dir, 'a.example.gov.cn', file), '');
      writeFileSync(join(dir, 'b.example.gov.cn', 'fullchain.pem'), '');
      const has = certificatesIn(dir);
      expect([has('a.example.gov.cn'), has('b.example.gov.cn'), has('c.example.gov.cn')]).toEqual([true, false, false]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    [{ certDir: 'relative/certs' }, /certificate folder/],
    [{ certDir: '/etc/certs; include /x' }, /certificate folder/],
    [{ certDir: '/etc/certs', listen: '443 default_server' }, /HTTPS listen/],
    [{ certDir: '/etc/certs', listen: '80' }, /must differ/],
    [{ certDir: '/etc/certs', http2: 'maybe' as never }, /http2/],
  ])('refuses unsafe TLS options %j', (tls, message) => {
    expect(() => nginxConf(GROUP, { ...OPTIONS, tls })).toThrow(message);
  });
});

/** nginx itself, when installed: `nginx -t` accepts the file, and a running nginx behaves as planned. */
const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'].find((path) => existsSync(path));
const describeNginx = NGINX ? describe : describe.skip;
if (!NGINX) console.warn('nginx is not installed: skipping the nginx -t and serving checks (apt-get install -y nginx-light)');

/** `http2 on;` is nginx 1.25.1 and later (the compose image); Debian 12's nginx 1.22 takes `listen … http2`. */
function http2For(nginx: string | undefined): NonNullable<NginxTls['http2']> {
  const version = /nginx\/(\d+)\.(\d+)\.(\d+)/.exec(nginx ? spawnSync(nginx, ['-v'], { encoding: 'utf8' }).stderr : '');
  if (!version) return 'on';
  const [major, minor, patch] = version.slice(1).map(Number);
  return major > 1 || minor > 25 || (minor === 25 && patch >= 1) ? 'on' : 'listen';
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

const ANSWER_HEADERS = (answer: Answer) =>
  Object.fromEntries(Object.keys(PAGE_SECURITY_HEADERS).map((name) => [name, answer.headers[name.toLowerCase()]]));

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => probe.once('listening', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/**
 * A private nginx over a publish root in a temporary folder: sites jyj (active, aliases), gaj and
 * swj (suspended, with and without their own notice page), and apps/site stood in for by a server
 * that echoes what it was asked.
 */
class LiveNginx {
  readonly dir = mkdtempSync(join(tmpdir(), 'zq-nginx-'));
  port = 0;
  private upstream: Server | null = null;
  private nginx: ChildProcess | null = null;

  constructor() {
    // nginx workers run as an unprivileged user, mkdtemp makes the folder private.
    chmodSync(this.dir, 0o755);
    this.write('sites/jyj/index.html', '教育局首页');
    this.write('sites/jyj/404.html', '教育局 404');
    this.write('sites/jyj/zwdt/index.html', '政务动态');
    this.write('sites/jyj/assets/site.css', 'body{}');
    this.write('sites/tyj/index.html', '体育局首页');
    this.write('sites/gaj/503.html', '公安局维护中');
    this.write('platform/404.html', '平台 404');
    this.write('platform/503.html', '平台 503');
  }

  write(path: string, body: string): void {
    mkdirSync(dirname(join(this.dir, 'www', path)), { recursive: true });
    writeFileSync(join(this.dir, 'www', path), body);
  }

  /** The group's hosts file, with extra entries. */
  hosts(extra: Parameters<typeof hosts>[0] = {}): HostsFile {
    return hosts({
      ...Object.fromEntries(Object.entries(GROUP.hosts).map(([h, e]) => [h, [e.code, e.status, e.primary]])),
      'swj.example.gov.cn': ['swj', 'suspended', 'swj.example.gov.cn'],
      ...extra,
    } as never);
  }

  async start(conf: (options: { publishRoot: string; upstream: string; listen: string }) => string): Promise<void> {
    this.upstream = createServer((req, res) => {
      if (req.url === '/interaction/whoami') return res.end(`${req.headers['x-forwarded-for']}`);
      if (req.url === '/interaction/proto') return res.end(`${req.headers['x-forwarded-proto']}`);
      res.end(`apps/site ${req.headers.host} ${req.url}`);
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => this.upstream!.once('listening', resolve));
    this.port = await freePort();
    const text = conf({
      publishRoot: join(this.dir, 'www'),
      upstream: `127.0.0.1:${(this.upstream.address() as AddressInfo).port}`,
      listen: `127.0.0.1:${this.port}`,
    });
    writeFileSync(join(this.dir, 'sites.conf'), text);
    const config = join(this.dir, 'nginx.conf');
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${this.dir}/${name};`).join(' ');
    writeFileSync(
      config,
      `pid ${this.dir}/nginx.pid;\nerror_log ${this.dir}/error.log warn;\ndaemon off;\nevents { worker_connections 64; }\n` +
        `http {\n  access_log off;\n  ${temp}\n  types { text/html html; text/css css; application/xml xml; }\n` +
        `  include ${join(this.dir, 'sites.conf')};\n}\n`,
    );
    const check = spawnSync(NGINX!, ['-t', '-q', '-e', join(this.dir, 'error.log'), '-c', config], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    this.nginx = spawn(NGINX!, ['-e', join(this.dir, 'error.log'), '-c', config], { stdio: 'ignore' });
    for (let tries = 0; ; tries++) {
      try {
        await this.get('/', 'probe');
        break;
      } catch (error) {
        if (tries > 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  }

  async stop(): Promise<void> {
    const nginx = this.nginx;
    nginx?.kill('SIGQUIT');
    await new Promise((resolve) => (nginx && nginx.exitCode === null ? nginx.once('exit', resolve) : resolve(null)));
    this.upstream?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** A plain-HTTP request to nginx with this Host. */
  get(path: string, host: string, headers: Record<string, string> = {}): Promise<Answer> {
    return new Promise((resolve, reject) => {
      request({ host: '127.0.0.1', port: this.port, path, headers: { ...headers, host } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body }));
      })
        .on('error', reject)
        .end();
    });
  }
}

describeNginx('nginxConf with nginx', () => {
  let live: LiveNginx;
  const get = (...args: Parameters<LiveNginx['get']>) => live.get(...args);

  beforeAll(() => {
    live = new LiveNginx();
    return live.start((options) => nginxConf(live.hosts(), options).text);
  });
  afterAll(() => live?.stop());

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

  it("sends apps/site's security headers with the files it serves, once, and no HSTS over plain HTTP", async () => {
    for (const [path, host] of [
      ['/', 'jyj.example.gov.cn'],
      ['/assets/site.css', 'jyj.example.gov.cn'],
      ['/no/such.html', 'jyj.example.gov.cn'],
      ['/', 'gaj.example.gov.cn'],
    ]) {
      const answer = await get(path, host);
      expect(ANSWER_HEADERS(answer)).toEqual(PAGE_SECURITY_HEADERS);
      expect(answer.headers['strict-transport-security']).toBeUndefined();
    }
    expect(ANSWER_HEADERS(await get('/', 'unknown.example.org'))).toEqual(PLATFORM_PAGE_SECURITY_HEADERS);
    expect(ANSWER_HEADERS(await get('/', 'swj.example.gov.cn'))).toEqual(PLATFORM_PAGE_SECURITY_HEADERS);
    // apps/site answers the dynamic paths with its own headers: nginx adds none (no duplicates).
    expect((await get('/search?q=1', 'jyj.example.gov.cn')).headers['content-security-policy']).toBeUndefined();
  });
});

describeNginx('nginxConf with nginx over HTTPS', () => {
  let live: LiveNginx;
  let certDir: string;
  const certs: Record<string, string> = {};
  let httpsPort = 0;

  /** A self-signed certificate for `host`, by the <certDir>/<host>/ convention. */
  function certify(host: string): void {
    mkdirSync(join(certDir, host), { recursive: true });
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        `/CN=${host}`,
        '-addext',
        `subjectAltName=DNS:${host}`,
        '-days',
        '1',
      ].concat(['-keyout', join(certDir, host, 'privkey.pem'), '-out', join(certDir, host, 'fullchain.pem')]),
      { stdio: 'ignore' },
    );
    certs[host] = readFileSync(join(certDir, host, 'fullchain.pem'), 'utf8');
  }

  /** An HTTPS request with `host` as SNI and Host, trusting only the test certificates. */
  function secure(path: string, host: string): Promise<Answer & { subject: string }> {
    return new Promise((resolve, reject) => {
      httpsRequest(
        { host: '127.0.0.1', port: httpsPort, servername: host, path, headers: { host }, ca: Object.values(certs) },
        (response) => {
          let body = '';
          const subject = String((response.socket as TLSSocket).getPeerCertificate().subject.CN);
          response.on('data', (chunk) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body, subject }));
        },
      )
        .on('error', reject)
        .end();
    });
  }

  /** The TLS handshake alone: the protocol and ALPN nginx picked, or the error. */
  function handshake(
    servername: string | undefined,
    extra: Record<string, unknown> = {},
  ): Promise<{ protocol: string | null; alpn: string | false }> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port: httpsPort, servername, ca: Object.values(certs), ...extra }, () => {
        resolve({ protocol: socket.getProtocol(), alpn: socket.alpnProtocol ?? false });
        socket.end();
      });
      socket.on('error', reject);
    });
  }

  beforeAll(async () => {
    live = new LiveNginx();
    certDir = join(live.dir, 'certs');
    for (const host of ['jyj.example.gov.cn', 'edu.example.gov.cn', 'gaj.example.gov.cn']) certify(host);
    httpsPort = await freePort();
    await live.start(
      (options) =>
        nginxConf(live.hosts({ 'tyj.example.gov.cn': ['tyj', 'active', 'tyj.example.gov.cn'] }), {
          ...options,
          tls: { certDir, listen: `127.0.0.1:${httpsPort}`, http2: http2For(NGINX), hasCertificate: certificatesIn(certDir) },
        }).text,
    );
  });
  afterAll(() => live?.stop());

  it('serves a site over HTTPS with its own certificate, the security headers and HSTS', async () => {
    const page = await secure('/', 'jyj.example.gov.cn');
    expect(page).toMatchObject({ status: 200, body: '教育局首页', subject: 'jyj.example.gov.cn' });
    expect(ANSWER_HEADERS(page)).toEqual(PAGE_SECURITY_HEADERS);
    expect(page.headers['strict-transport-security']).toBe('max-age=31536000');
    const missing = await secure('/no/such.html', 'jyj.example.gov.cn');
    expect(missing).toMatchObject({ status: 404, body: '教育局 404' });
    expect(missing.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('passes dynamic paths to apps/site, telling it the request came over HTTPS', async () => {
    const proto = await secure('/interaction/proto', 'jyj.example.gov.cn');
    expect(proto).toMatchObject({ status: 200, body: 'https' });
    expect(proto.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('redirects plain HTTP to HTTPS with 301, keeping host, path and query; aliases straight to the primary domain', async () => {
    const page = await live.get('/zwdt/index.html?a=1&b=2', 'jyj.example.gov.cn');
    expect(page.status).toBe(301);
    expect(page.headers.location).toBe('https://jyj.example.gov.cn/zwdt/index.html?a=1&b=2');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    for (const alias of ['edu.example.gov.cn', 'old-edu.example.gov.cn']) {
      const answer = await live.get('/zwdt/?a=1', alias);
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toBe('https://jyj.example.gov.cn/zwdt/?a=1');
    }
    const alias = await secure('/zwdt/?a=1', 'edu.example.gov.cn');
    expect(alias).toMatchObject({ status: 301, subject: 'edu.example.gov.cn' });
    expect(alias.headers.location).toBe('https://jyj.example.gov.cn/zwdt/?a=1');
    expect(alias.headers['strict-transport-security']).toBe('max-age=31536000');
  });

  it('answers 503 for a suspended site over HTTPS; one without a certificate stays on HTTP', async () => {
    const notice = await secure('/index.html', 'gaj.example.gov.cn');
    expect(notice).toMatchObject({ status: 503, body: '公安局维护中' });
    expect(notice.headers['retry-after']).toBe('3600');
    expect(notice.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(await live.get('/', 'swj.example.gov.cn')).toMatchObject({ status: 503, body: '平台 503' });
    expect(await live.get('/', 'tyj.example.gov.cn')).toMatchObject({ status: 200, body: '体育局首页' });
  });

  it('keeps the platform 404 page on plain HTTP and refuses the handshake for a name of no site', async () => {
    expect(await live.get('/', 'unknown.example.org')).toMatchObject({ status: 404, body: '平台 404' });
    // Not merely an untrusted certificate: nginx shows none at all.
    const anyCertificate = { rejectUnauthorized: false };
    expect((await handshake('jyj.example.gov.cn', anyCertificate)).protocol).toBe('TLSv1.3');
    await expect(handshake('unknown.example.org', anyCertificate)).rejects.toThrow(/unrecognized name|alert/i);
    await expect(handshake('tyj.example.gov.cn', anyCertificate)).rejects.toThrow(/unrecognized name|alert/i);
    await expect(handshake(undefined, anyCertificate)).rejects.toThrow(/unrecognized name|alert/i);
  });

  it('speaks TLS 1.3 and 1.2 and offers HTTP/2', async () => {
    expect(await handshake('jyj.example.gov.cn', { ALPNProtocols: ['h2', 'http/1.1'] })).toEqual({ protocol: 'TLSv1.3', alpn: 'h2' });
    expect((await handshake('jyj.example.gov.cn', { maxVersion: 'TLSv1.2' })).protocol).toBe('TLSv1.2');
  });
});
