import type { AddressInfo } from 'node:net';
import { HtmlValidate } from 'html-validate';
import request from 'supertest';
import { createSiteServer, type SiteServer } from '../apps/site/src/server';
import { adminLogin, columnByPath, eventually, provisionSite } from './support/client';
import { startStack, type TestStack } from './support/stack';

/**
 * html-validate's recommended rules, minus the style-token <style> block the standards put in
 * <head>, long Chinese titles, and `prefer-tbody`: unit-written tables are sanitized, not rebuilt.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'long-title': 'off', 'prefer-tbody': 'off' },
});

describe('citizens read every site by its own domain', () => {
  let stack: TestStack;
  let server: SiteServer;
  let http: ReturnType<typeof request>;
  let site: any;
  let auth: { Authorization: string };
  let admin: { Authorization: string };

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin, {
      aliases: ['old-dept.zhanqun.test'],
      sponsor: '示范县测试局',
      icp: '豫ICP备05001234号',
      psb: '豫公网安备 41032402000001号',
    }));
    server = createSiteServer({ publishRoot: stack.config.publishRoot });
    await new Promise<void>((resolve) => server.server.listen(0, resolve));
    http = request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}`);
    await eventually(async () => (await http.get('/index.html').set('Host', site.primaryDomain)).status === 200);
  });
  afterAll(async () => {
    await server.close();
    await stack.close();
  });

  const get = (path: string, host = site.primaryDomain) => http.get(path).set('Host', host);

  it('serves a published article on the site domain, inside the layout', async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const created = await stack.http.post(`/api/v1/sites/${site.id}/articles`).set(auth).send({
      columnId: news.id,
      title: '全县教育工作会议召开',
      body: '<p>会议总结了2026年教育工作。</p><table><tr><th>项目</th><td>数量</td></tr></table>',
    });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth);
    const { url } = (await stack.http.get(`/api/v1/sites/${site.id}/articles/${created.body.id}`).set(auth)).body;
    const path = new URL(url).pathname;
    const response = await eventually(async () => {
      const r = await get(path);
      return r.status === 200 && r;
    });
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.text).toContain('全县教育工作会议召开');
    expect(response.text).toContain('会议总结了2026年教育工作。');
  });

  it('generates valid HTML5 for every page type', async () => {
    const news = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const about = await columnByPath(stack, auth, site.id, 'jggk/jgzn');
    const created = await stack.http
      .post(`/api/v1/sites/${site.id}/articles`)
      .set(auth)
      .send({ columnId: about.id, title: '机构职能', body: '<p>负责全县教育工作。</p>' });
    await stack.http.post(`/api/v1/sites/${site.id}/articles/${created.body.id}/submit`).set(auth);
    const article = (await stack.http.get(`/api/v1/sites/${site.id}/articles`).query({ columnId: news.id, status: 'published' }).set(auth))
      .body.items[0];
    await eventually(async () => (await get('/jggk/jgzn/index.html')).text.includes('负责全县教育工作'));
    for (const path of [
      '/index.html',
      '/zwdt/gzdt/index.html',
      new URL(article.url).pathname,
      '/jggk/jgzn/index.html',
      '/sitemap.html',
      '/404.html',
    ]) {
      const html = (await get(path)).text;
      const report = await validator.validateString(html);
      const messages = report.results.flatMap((result) => result.messages.map((m) => `${path} ${m.ruleId}: ${m.message} (line ${m.line})`));
      expect(messages).toEqual([]);
    }
  });

  it('redirects an alias to the primary domain with 301', async () => {
    const response = await get('/zwdt/index.html', 'old-dept.zhanqun.test:8080');
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(`http://${site.primaryDomain}:8080/zwdt/index.html`);
  });

  it('answers an unknown host with a 404 page', async () => {
    const response = await get('/', 'nobody.zhanqun.test');
    expect(response.status).toBe(404);
    expect(response.text).toContain('lang="zh-CN"');
  });

  it('answers a suspended site with a 503 page, and serves it again on resume', async () => {
    await stack.http.post(`/api/v1/sites/${site.id}/suspend`).set(admin);
    const suspended = await eventually(async () => {
      const r = await get('/index.html');
      return r.status === 503 && r;
    });
    expect(suspended.text).toContain('暂停');
    await stack.http.post(`/api/v1/sites/${site.id}/resume`).set(admin);
    await eventually(async () => (await get('/index.html')).status === 200);
  });

  it('serves the machine site map with every published article', async () => {
    const response = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.text).toContain('<urlset');
  });
});
