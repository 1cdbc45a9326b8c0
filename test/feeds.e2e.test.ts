import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// xml-js comes with `feed`; its sax parser is strict, so parsing proves well-formedness.
import { xml2js } from 'xml-js';
import { nginxConfCommand } from '../scripts/nginx-conf';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

/** Text of an element as xml-js gives it (CDATA split at `]]>` comes as an array). */
const text = (node: any): string => [node?._cdata ?? node?._text ?? ''].flat().join('');

describe('feeds: RSS, site maps and 政府网站链接', () => {
  let stack: TestStack;
  let admin: { Authorization: string };
  let site: any;
  let auth: { Authorization: string };
  let newsId: number;
  const file = (code: string, path: string) => join(stack.config.publishRoot, 'sites', code, path);
  const read = (code: string, path: string) => readFileSync(file(code, path), 'utf8');
  const readIf = (code: string, path: string) => existsSync(file(code, path)) && read(code, path);

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin, { name: '示范县交通局' }));
    newsId = (await columnByPath(stack, auth, site.id, 'zwdt/gzdt')).id;
  });
  afterAll(() => stack.close());

  async function publish(title: string, extra: Record<string, unknown> = {}) {
    return publishArticle(stack, auth, site.id, { columnId: newsId, title, body: `<p>${title}的正文。</p>`, ...extra });
  }

  function feedItems(): any[] {
    const doc = xml2js(read(site.code, 'rss.xml'), { compact: true }) as any;
    return [doc.rss.channel.item ?? []].flat();
  }

  describe('RSS', () => {
    it('publishes an empty, well-formed feed with a new site, linked from every page', async () => {
      const xml = await eventually(() => readIf(site.code, 'rss.xml'));
      const doc = xml2js(xml, { compact: true }) as any;
      expect(doc.rss._attributes.version).toBe('2.0');
      expect(text(doc.rss.channel.title)).toBe('示范县交通局');
      expect(text(doc.rss.channel.link)).toBe(`http://${site.primaryDomain}/`);
      const home = await eventually(() => readIf(site.code, 'index.html'));
      const rssUrl = `http://${site.primaryDomain}/rss.xml`;
      expect(home).toContain(`<link rel="alternate" type="application/rss+xml" title="示范县交通局" href="${rssUrl}">`);
      expect(home).toContain(`<a href="${rssUrl}">RSS订阅</a>`);
      expect(home).toContain('<a href="/sitemap.html">网站地图</a>');
    });

    it('carries a published article with escaped title, absolute link, date, plain-text summary and source', async () => {
      const title = '关于<script>alert(1)</script>道路养护的通知 ]]> 🚧';
      const article = await publish(title, { summary: '摘要 <b>不是标签</b> & 符号', source: '县公路局' });
      const item = await eventually(() => feedItems().find((entry) => text(entry.link) === article.url));
      expect(text(item.title)).toBe(title);
      expect(text(item.description)).toBe('摘要 &lt;b&gt;不是标签&lt;/b&gt; &amp; 符号');
      expect(text(item.source)).toBe('县公路局');
      expect(new Date(text(item.pubDate)).getTime()).toBe(Math.floor(new Date(article.publishedAt).getTime() / 1000) * 1000);
      expect(read(site.code, 'rss.xml')).not.toContain('<title><script>');
    });

    it('summarises the body when there is no summary, names the site when there is no source', async () => {
      const article = await publish('无摘要的文章');
      const item = await eventually(() => feedItems().find((entry) => text(entry.link) === article.url));
      expect(text(item.description)).toBe('无摘要的文章的正文。');
      expect(text(item.source)).toBe('示范县交通局');
    });

    it('drops an unpublished article from the feed', async () => {
      const article = await publish('即将撤下的文章');
      await eventually(() => feedItems().some((entry) => text(entry.link) === article.url));
      await stack.http.post(`/api/v1/sites/${site.id}/articles/${article.id}/unpublish`).set(auth).expect(200);
      await eventually(() => !feedItems().some((entry) => text(entry.link) === article.url));
    });

    it('keeps only the latest 50 articles, newest first', async () => {
      const titles: string[] = [];
      for (let i = 1; i <= 51; i++) titles.push((await publish(`批量文章${i}`)).title);
      const items = await eventually(() => {
        const current = feedItems();
        return text(current[0]?.title) === '批量文章51' && current;
      });
      expect(items).toHaveLength(50);
      expect(items.map((item) => text(item.title))).toEqual(titles.slice(1).reverse());
    });

    it('lists every column and published article in sitemap.xml and every column in the HTML map', async () => {
      // Columns nest up to four levels: the deepest must be in both maps too.
      const policies = await columnByPath(stack, auth, site.id, 'xxgk/zcwj');
      const third = await stack.http
        .post(`/api/v1/sites/${site.id}/columns`)
        .set(auth)
        .send({ name: '局发文件', slug: 'jfwj', parentId: policies.id });
      expect(third.status).toBe(201);
      const fourth = await stack.http
        .post(`/api/v1/sites/${site.id}/columns`)
        .set(auth)
        .send({ name: '规范性文件', slug: 'gfxwj', parentId: third.body.id });
      expect(fourth.status).toBe(201);
      await eventually(() => (readIf(site.code, 'sitemap.html') as string).includes('/xxgk/zcwj/jfwj/gfxwj/index.html'));
      const columns: any[] = [];
      const walk = (nodes: any[]) => nodes.forEach((node) => (columns.push(node), walk(node.children)));
      walk((await stack.http.get(`/api/v1/sites/${site.id}/columns`).set(auth)).body.items);
      const [latest] = (await stack.http.get(`/api/v1/sites/${site.id}/articles?status=published`).set(auth)).body.items;
      const sitemap = await eventually(() => {
        const xml = read(site.code, 'sitemap.xml');
        return xml.includes(latest.url) && xml;
      });
      const html = read(site.code, 'sitemap.html');
      for (const column of columns.filter((c) => c.kind !== 'link')) {
        expect(sitemap).toContain(`http://${site.primaryDomain}/${column.path}/index.html`);
        expect(html).toContain(`>${column.name}</a>`);
      }
    });
  });

  describe('政府网站链接', () => {
    const base = '/api/v1/platform/links';

    it('lets only platform admins manage the links', async () => {
      expect((await stack.http.get(base).set(auth)).status).toBe(403);
      expect((await stack.http.post(base).set(auth).send({ name: '中国政府网', url: 'https://www.gov.cn/', group: 'higher' })).status).toBe(
        403,
      );
      expect((await stack.http.get(base)).status).toBe(401);
    });

    it.each([
      [{}, 'name'],
      [{ name: '', url: 'https://www.gov.cn/', group: 'higher' }, 'name 不能为空'],
      [{ name: '   ', url: 'https://www.gov.cn/', group: 'higher' }, 'name 不能为空'],
      [{ name: 'x'.repeat(101), url: 'https://www.gov.cn/', group: 'higher' }, 'name 最长 100 个字符'],
      [{ name: '<script>alert(1)</script>', url: 'https://www.gov.cn/', group: 'higher' }, 'name 不能包含尖括号或控制字符'],
      [{ name: 123, url: 'https://www.gov.cn/', group: 'higher' }, 'name 必须是字符串'],
      [{ name: '中国政府网', url: 'javascript:alert(1)', group: 'higher' }, 'url 必须是 http 或 https 地址'],
      [{ name: '中国政府网', url: 'data:text/html,<script>alert(1)</script>', group: 'higher' }, 'url 必须是 http 或 https 地址'],
      [{ name: '中国政府网', url: 'ftp://www.gov.cn/', group: 'higher' }, 'url 必须是 http 或 https 地址'],
      [{ name: '中国政府网', url: '/relative', group: 'higher' }, 'url 必须是 http 或 https 地址'],
      [{ name: '中国政府网', url: `https://www.gov.cn/${'a'.repeat(500)}`, group: 'higher' }, 'url 最长 500 个字符'],
      [{ name: '中国政府网', url: 'https://www.gov.cn/', group: 'lower' }, 'group 只能是 higher 或 sibling'],
      [{ name: '中国政府网', url: 'https://www.gov.cn/', group: 'higher', sort: 'first' }, 'sort 必须是整数'],
      [{ name: '中国政府网', url: 'https://www.gov.cn/', group: 'higher', sort: -1 }, 'sort 不能小于 0'],
    ])('refuses %j with a Chinese message', async (body, message) => {
      const response = await stack.http.post(base).set(admin).send(body);
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).toContain(message);
    });

    it('offers the group sites as siblings until the portal center enters its own, and re-renders every site on a change', async () => {
      const other = (await provisionSite(stack, admin, { name: '示范县水利局' })).site;
      // No manual sibling yet: the group's other sites are the sibling list.
      await eventually(() => {
        const home = readIf(other.code, 'index.html');
        return (
          home &&
          home.includes('本级政府网站') &&
          home.includes(`<a href="http://${site.primaryDomain}/" target="_blank" rel="noopener">示范县交通局</a>`)
        );
      });

      const created = await stack.http
        .post(base)
        .set(admin)
        .send({ name: '中国政府网😀', url: 'https://www.gov.cn/', group: 'higher', sort: 1 });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({ id: expect.any(Number), name: '中国政府网😀', url: 'https://www.gov.cn/', group: 'higher', sort: 1 });
      const sibling = await stack.http
        .post(base)
        .set(admin)
        .send({ name: '邻县人民政府', url: 'http://www.linxian.gov.cn/?a=1&b=2', group: 'sibling' });
      expect(sibling.status).toBe(201);
      expect((await stack.http.get(base).set(admin)).body.items.map((link: any) => link.name)).toEqual(['中国政府网😀', '邻县人民政府']);

      const shown = (code: string) => {
        const home = readIf(code, 'index.html');
        return (
          home &&
          home.includes('<a href="https://www.gov.cn/" target="_blank" rel="noopener">中国政府网😀</a>') &&
          home.includes('邻县人民政府') &&
          home
        );
      };
      const home = await eventually(() => shown(site.code), 60000);
      expect(home).not.toContain('示范县水利局</a>');
      await eventually(() => shown(other.code) && (readIf(other.code, 'zwdt/gzdt/index.html') as string).includes('中国政府网😀'), 60000);

      const renamed = await stack.http.patch(`${base}/${created.body.id}`).set(admin).send({ name: '中华人民共和国中央人民政府' });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: '中华人民共和国中央人民政府', url: 'https://www.gov.cn/', group: 'higher' });
      await eventually(() => (readIf(site.code, 'index.html') as string).includes('中华人民共和国中央人民政府'), 60000);
      expect((await stack.http.patch(`${base}/${created.body.id}`).set(admin).send({ url: 'javascript:alert(1)' })).status).toBe(400);
      for (const field of ['name', 'url', 'group', 'sort']) {
        const cleared = await stack.http
          .patch(`${base}/${created.body.id}`)
          .set(admin)
          .send({ [field]: null });
        expect(cleared.status).toBe(400);
        expect(cleared.body.message).toContain(`${field} 不能为 null`);
      }

      expect((await stack.http.delete(`${base}/${sibling.body.id}`).set(admin)).status).toBe(204);
      await eventually(() => {
        const page = readIf(site.code, 'index.html') as string;
        return !page.includes('邻县人民政府') && page.includes('示范县水利局</a>');
      }, 60000);
    });

    it('answers 404 for unknown or malformed ids', async () => {
      expect((await stack.http.patch(`${base}/99999999`).set(admin).send({ sort: 2 })).status).toBe(404);
      expect((await stack.http.delete(`${base}/abc`).set(admin)).status).toBe(404);
      expect((await stack.http.delete(`${base}/-1`).set(admin)).status).toBe(404);
    });
  });

  describe('nginx configuration', () => {
    const nginxFile = () => join(stack.config.publishRoot, 'nginx', 'sites.conf');
    const readNginx = () => existsSync(nginxFile()) && readFileSync(nginxFile(), 'utf8');

    it('is rewritten by the worker when aliases or a site status change', async () => {
      const alias = `old-${site.code}.example.gov.cn`;
      const conf = await eventually(() => {
        const text = readNginx();
        return text && text.includes(`server_name "${site.primaryDomain}";`) && text;
      });
      expect(conf).toContain(`root "${stack.config.publishRoot}/sites/${site.code}";`);
      expect(conf).not.toContain(alias);

      await stack.http
        .patch(`/api/v1/sites/${site.id}`)
        .set(admin)
        .send({ aliases: [alias] })
        .expect(200);
      await eventually(() => {
        const text = readNginx() as string;
        return text.includes(`server_name "${alias}";`) && text.includes(`return 301 $scheme://${site.primaryDomain}`);
      });

      await stack.http.post(`/api/v1/sites/${site.id}/suspend`).set(admin).expect(200);
      await eventually(() => {
        const text = readNginx() as string;
        return text.includes(`# ${site.code} (suspended)`);
      });
      await stack.http.post(`/api/v1/sites/${site.id}/resume`).set(admin).expect(200);
      await eventually(() => !(readNginx() as string).includes(`# ${site.code} (suspended)`));
    });

    it('is written by the CLI from the database, to a file or stdout', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'zq-nginx-cli-'));
      try {
        const out = join(dir, 'sites.conf');
        const env = { DATABASE_URL: stack.config.databaseUrl, PUBLISH_ROOT: '/srv/www' };
        expect(await nginxConfCommand(['--out', out, '--upstream', 'site:8080'], env)).toBe(0);
        const text = readFileSync(out, 'utf8');
        expect(text).toContain('server site:8080;');
        expect(text).toContain(`server_name "${site.primaryDomain}";`);
        expect(text).toContain(`root "/srv/www/sites/${site.code}";`);
        // With a certificate folder: HTTPS for the domains whose certificate is there.
        const certs = join(dir, 'certs');
        mkdirSync(join(certs, site.primaryDomain), { recursive: true });
        for (const file of ['fullchain.pem', 'privkey.pem']) writeFileSync(join(certs, site.primaryDomain, file), '');
        expect(await nginxConfCommand(['--out', out, '--cert-dir', certs, '--http2', 'listen'], env)).toBe(0);
        const secure = readFileSync(out, 'utf8');
        expect(secure).toContain(`ssl_certificate "${certs}/${site.primaryDomain}/fullchain.pem";`);
        expect(secure).toContain('listen 443 ssl http2;');
        expect(secure).toContain(`return 301 https://${site.primaryDomain}$request_uri;`);
        await expect(nginxConfCommand(['--cert-dir', certs, '--http2', 'maybe'], env)).rejects.toThrow(/http2/);
        await expect(nginxConfCommand(['--upstream', 'site:8080; evil'], env)).rejects.toThrow(/upstream/);
        await expect(nginxConfCommand(['--publish-root', 'relative'], env)).rejects.toThrow(/publish root/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
