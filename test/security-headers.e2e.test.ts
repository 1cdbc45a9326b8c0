import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { HSTS, PAGE_CSP, PAGE_SECURITY_HEADERS, PLATFORM_PAGE_SECURITY_HEADERS } from '@zhanqun/shared';
import request from 'supertest';
import { API_CSP, DOCS_CSP } from '../apps/api/src/security-headers';
import { createDynamicRoutes, type DynamicRoutes } from '../apps/site/src/dynamic/dynamic-routes';
import { createSiteServer, type SiteServer } from '../apps/site/src/server';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };
type Headers = Record<string, unknown>;

/** The page headers as an answer carries them (names as the constants spell them). */
const pageHeaders = (headers: Headers) =>
  Object.fromEntries(Object.keys(PAGE_SECURITY_HEADERS).map((name) => [name, headers[name.toLowerCase()]]));

/**
 * What a policy without inline script needs from a page: every `<script>` loads a file and has no
 * body, no element has an `on…` event attribute, no URL attribute starts with `javascript:`.
 * Parsed as a browser would (htmlparser2), so odd spellings are not missed.
 */
function inlineScriptIn(html: string): string[] {
  const found: string[] = [];
  let inScript = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'script') {
          inScript = true;
          if (!attributes.src) found.push('<script> without src');
        }
        for (const [attribute, value] of Object.entries(attributes)) {
          if (/^on/i.test(attribute)) found.push(`<${name} ${attribute}=…>`);
          if (/^\s*javascript:/i.test(value.replace(/[\u0000-\u001f]/g, ''))) found.push(`<${name} ${attribute}="${value}">`);
        }
      },
      ontext(text) {
        if (inScript && text.trim()) found.push(`inline script: ${text.trim().slice(0, 40)}`);
      },
      onclosetag(name) {
        if (name === 'script') inScript = false;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe('security headers', () => {
  let stack: TestStack;
  let server: SiteServer;
  let dynamic: DynamicRoutes;
  let http: ReturnType<typeof request>;
  let admin: Auth;
  let site: any;
  let auth: Auth;
  let articlePath: string;
  const certDir = mkdtempSync(join(tmpdir(), 'zq-certs-'));
  /** Every HTML page the checks fetched, by path, for the inline-script scan. */
  const pages = new Map<string, string>();

  const get = (path: string, host = site.primaryDomain) => http.get(path).set('Host', host);

  beforeAll(async () => {
    stack = await startStack({ env: { NGINX_CERT_DIR: certDir, TIMER_RECONCILE_MS: '300' } });
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin, { aliases: [] }));
    dynamic = createDynamicRoutes(stack.config);
    server = createSiteServer({ publishRoot: stack.config.publishRoot, dynamicRoutes: dynamic.routes });
    await new Promise<void>((resolve) => server.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const article = await publishArticle(stack, auth, site.id, {
      columnId: news.id,
      title: '安全头测试文章',
      // The sanitizer takes every script, handler and javascript: URL out before publication.
      body:
        '<p style="text-align:right" onclick="steal()">落款</p><img src="/x.png" alt="" onerror="alert(1)">' +
        '<a href="javascript:alert(1)">链接</a><a href=" JaVaScRiPt:alert(2)">链接2</a><script>alert(3)</script>',
    });
    articlePath = new URL(article.url).pathname;
    await eventually(async () => (await get(articlePath)).status === 200);
  });
  afterAll(async () => {
    await server?.close();
    await dynamic?.close();
    await stack?.close();
    rmSync(certDir, { recursive: true, force: true });
  });

  describe('citizens’ sites (apps/site)', () => {
    it('sends the page policy with published pages and assets', async () => {
      for (const path of ['/', '/index.html', '/zwdt/gzdt/index.html', articlePath, '/sitemap.html', '/404.html']) {
        const response = await get(path).expect(200);
        expect(pageHeaders(response.headers)).toEqual(PAGE_SECURITY_HEADERS);
        pages.set(path, response.text);
      }
      for (const path of ['/assets/site.css', '/assets/site.js', '/sitemap.xml']) {
        expect(pageHeaders((await get(path).expect(200)).headers)).toEqual(PAGE_SECURITY_HEADERS);
      }
      const cached = await get('/index.html').set('If-None-Match', (await get('/index.html')).headers.etag);
      expect(cached.status).toBe(304);
      expect(pageHeaders(cached.headers)).toEqual(PAGE_SECURITY_HEADERS);
    });

    it('allows scripts from the site only, no inline script, and the rest the pages need', () => {
      const directives = Object.fromEntries(PAGE_CSP.split('; ').map((part) => [part.split(' ')[0], part.slice(part.indexOf(' ') + 1)]));
      expect(directives).toMatchObject({
        'default-src': "'self'",
        'script-src': "'self'",
        'object-src': "'none'",
        'base-uri': "'self'",
        'form-action': "'self'",
        'frame-ancestors': "'self'",
      });
      expect(PAGE_SECURITY_HEADERS).toMatchObject({
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'X-Frame-Options': 'SAMEORIGIN',
      });
      expect(PAGE_SECURITY_HEADERS['Permissions-Policy']).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
    });

    it('sends it with the dynamic pages: search, 互动交流 forms and lists, the public search API', async () => {
      for (const path of [
        '/search?q=%E5%AE%89%E5%85%A8',
        '/interaction/mailbox',
        '/interaction/error-report',
        '/interaction/query',
        '/interaction/letters',
      ]) {
        const response = await get(path).expect(200);
        expect(response.headers['cache-control']).toBe('no-store');
        expect(pageHeaders(response.headers)).toEqual(PAGE_SECURITY_HEADERS);
        pages.set(path, response.text);
      }
      expect(pageHeaders((await get('/api/public/search?q=%E5%AE%89%E5%85%A8').expect(200)).headers)).toEqual(PAGE_SECURITY_HEADERS);
      expect(pageHeaders((await get('/interaction').expect(302)).headers)).toEqual(PAGE_SECURITY_HEADERS);
      // A form sent back with errors, and one posted from another site.
      const invalid = await http
        .post('/interaction/mailbox')
        .set('Host', site.primaryDomain)
        .set('Origin', `http://${site.primaryDomain}`)
        .type('form')
        .send({ title: '' })
        .expect(422);
      expect(pageHeaders(invalid.headers)).toEqual(PAGE_SECURITY_HEADERS);
      pages.set('POST /interaction/mailbox', invalid.text);
      const crossSite = await http
        .post('/interaction/mailbox')
        .set('Host', site.primaryDomain)
        .set('Origin', 'https://evil.example')
        .expect(403);
      expect(pageHeaders(crossSite.headers)).toEqual(PAGE_SECURITY_HEADERS);
    });

    it('sends it with 404, 405 and redirects; the platform policy on the platform’s own notice page', async () => {
      const missing = await get('/no/such/page.html').expect(404);
      expect(pageHeaders(missing.headers)).toEqual(PAGE_SECURITY_HEADERS);
      pages.set('404', missing.text);
      expect(pageHeaders((await get('/search/nothing-here').expect(404)).headers)).toEqual(PAGE_SECURITY_HEADERS);
      expect(pageHeaders((await http.delete('/index.html').set('Host', site.primaryDomain).expect(405)).headers)).toEqual(
        PAGE_SECURITY_HEADERS,
      );
      expect(pageHeaders((await get('/zwdt').expect(301)).headers)).toEqual(PAGE_SECURITY_HEADERS);
      const unknown = await get('/', 'nobody.zhanqun.test').expect(404);
      expect(pageHeaders(unknown.headers)).toEqual(PLATFORM_PAGE_SECURITY_HEADERS);
      pages.set('platform 404', unknown.text);
    });

    it('puts no inline script, event handler or javascript: URL in any page, article bodies included', () => {
      expect(pages.size).toBeGreaterThanOrEqual(14);
      expect(pages.get(articlePath)).toContain('落款');
      const findings = [...pages].flatMap(([path, html]) => inlineScriptIn(html).map((finding) => `${path}: ${finding}`));
      expect(findings).toEqual([]);
      // The scan itself finds what it looks for.
      expect(
        inlineScriptIn('<script>x()</script><div OnClick="x()"></div><a href="&#106;avascript:x()">a</a><script src="/a.js"></script>'),
      ).toEqual(['<script> without src', 'inline script: x()', '<div onclick=…>', '<a href="javascript:x()">']);
    });

    it('has no inline script in the default theme’s templates themselves', () => {
      const root = join(__dirname, '..', 'templates', 'default');
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
      const templates = walk(root).filter((file) => file.endsWith('.hbs'));
      expect(templates.length).toBeGreaterThan(10);
      for (const file of templates) expect([file, inlineScriptIn(readFileSync(file, 'utf8'))]).toEqual([file, []]);
    });

    it('sends it with a suspended site’s 503 page', async () => {
      await stack.http.post(`/api/v1/sites/${site.id}/suspend`).set(admin).expect(200);
      try {
        const notice = await eventually(async () => {
          const response = await get('/index.html');
          return response.status === 503 && response;
        });
        expect(pageHeaders(notice.headers)).toEqual(PAGE_SECURITY_HEADERS);
        expect(notice.headers['retry-after']).toBe('3600');
        expect(inlineScriptIn(notice.text)).toEqual([]);
      } finally {
        await stack.http.post(`/api/v1/sites/${site.id}/resume`).set(admin).expect(200);
        await eventually(async () => (await get('/index.html')).status === 200);
      }
    });
  });

  describe('apps/api', () => {
    const apiHeaders = (headers: Headers) => ({
      csp: headers['content-security-policy'],
      nosniff: headers['x-content-type-options'],
      referrer: headers['referrer-policy'],
      frame: headers['x-frame-options'],
      cache: headers['cache-control'],
      poweredBy: headers['x-powered-by'],
    });
    const API = { csp: API_CSP, nosniff: 'nosniff', referrer: 'no-referrer', frame: 'DENY', cache: 'no-store', poweredBy: undefined };

    it('marks authenticated answers no-store, never framed, loading nothing', async () => {
      expect(API_CSP).toBe("default-src 'none'; frame-ancestors 'none'");
      const sites = await stack.http.get('/api/v1/sites').set(admin).expect(200);
      expect(apiHeaders(sites.headers)).toEqual(API);
      const me = await stack.http.get(`/api/v1/sites/${site.id}/articles`).set(auth).expect(200);
      expect(apiHeaders(me.headers)).toEqual(API);
    });

    it('sends the same with errors: 401, 403, 404, a malformed body', async () => {
      expect(apiHeaders((await stack.http.get('/api/v1/sites').expect(401)).headers)).toEqual(API);
      expect(apiHeaders((await stack.http.get('/api/v1/platform/templates').set(auth).expect(403)).headers)).toEqual(API);
      expect(apiHeaders((await stack.http.get('/api/v1/no-such-thing').expect(404)).headers)).toEqual(API);
      expect(apiHeaders((await stack.http.get('/nothing-here').expect(404)).headers)).toEqual(API);
      const malformed = await stack.http.post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"username":');
      expect(malformed.status).toBe(400);
      expect(apiHeaders(malformed.headers)).toEqual(API);
    });

    it('sends the same with the public health check', async () => {
      expect(apiHeaders((await stack.http.get('/api/v1/health').expect(200)).headers)).toEqual(API);
    });

    it('gives Swagger UI at /api/docs a policy it works under: its own scripts, inline styles', async () => {
      const docs = await stack.http.get('/api/docs/').expect(200);
      expect(apiHeaders(docs.headers)).toMatchObject({ csp: DOCS_CSP, nosniff: 'nosniff', referrer: 'no-referrer', frame: 'DENY' });
      expect(DOCS_CSP).toContain("script-src 'self';");
      expect(DOCS_CSP).toContain("frame-ancestors 'none'");
      expect(inlineScriptIn(docs.text)).toEqual([]);
      const init = await stack.http.get('/api/docs/swagger-ui-init.js').expect(200);
      expect(init.headers['content-security-policy']).toBe(DOCS_CSP);
      expect(apiHeaders((await stack.http.get('/api/docs-json').expect(200)).headers)).toEqual(API);
    });

    it('leaves the console’s own policy at /admin/ as it is', async () => {
      const console = await stack.http.get('/admin/');
      expect(console.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(console.headers['content-security-policy']).not.toBe(API_CSP);
      expect(console.headers['referrer-policy']).toBe('same-origin');
      expect(console.headers['cache-control']).not.toBe('no-store');
    });
  });

  describe('the generated nginx server blocks', () => {
    const nginxFile = () => join(stack.config.publishRoot, 'nginx', 'sites.conf');
    const line = (name: string, value: string) => `add_header ${name} "${value}" always;`;

    it('send the values of apps/site with the files nginx serves', async () => {
      const text = await eventually(() => {
        const conf = readFileSync(nginxFile(), 'utf8');
        return conf.includes(`server_name "${site.primaryDomain}";`) && conf;
      });
      for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) expect(text).toContain(line(name, value));
      for (const [name, value] of Object.entries(PLATFORM_PAGE_SECURITY_HEADERS)) expect(text).toContain(line(name, value));
      // No certificate yet: the site stays on plain HTTP.
      expect(text).not.toContain(`ssl_certificate "${certDir}/${site.primaryDomain}/fullchain.pem";`);
    });

    it('serve a domain over HTTPS with HSTS once its certificate is in NGINX_CERT_DIR, without a domain change', async () => {
      mkdirSync(join(certDir, site.primaryDomain));
      for (const file of ['fullchain.pem', 'privkey.pem']) writeFileSync(join(certDir, site.primaryDomain, file), '');
      // The worker looks for new certificates periodically (TIMER_RECONCILE_MS).
      let text = await eventually(() => {
        const conf = readFileSync(nginxFile(), 'utf8');
        return conf.includes(`ssl_certificate "${certDir}/${site.primaryDomain}/fullchain.pem";`) && conf;
      });
      expect(text).toContain(line('Strict-Transport-Security', HSTS));
      expect(text).toContain('ssl_protocols TLSv1.2 TLSv1.3;');
      expect(text).toContain('ssl_reject_handshake on;');
      const alias = `old-${site.code}.zhanqun.test`;
      await stack.http
        .patch(`/api/v1/sites/${site.id}`)
        .set(admin)
        .send({ aliases: [alias] })
        .expect(200);
      text = await eventually(() => {
        const conf = readFileSync(nginxFile(), 'utf8');
        return conf.includes(alias) && conf;
      });
      expect(text).toContain(
        `server_name "${site.primaryDomain}" "${alias}";\n    server_tokens off;\n    return 301 https://${site.primaryDomain}$request_uri;`,
      );
    });
  });
});
