import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { TemplatesService } from '@zhanqun/templating';
import { zip64Bomb } from '@zhanqun/testing';
import { adminLogin, columnByPath, eventually, provisionSite, publishArticle } from './support/client';
import { startStack, type TestStack } from './support/stack';

type Auth = { Authorization: string };

describe('templates in the database: platform, site overrides, locked regions, zip, preview', () => {
  let stack: TestStack;
  let admin: Auth;
  let site: any;
  let auth: Auth;
  let other: { site: any; siteAdmin: Auth };
  let articlePath: string;
  const file = (code: string, path: string) => join(stack.config.publishRoot, 'sites', code, path);
  const read = (code: string, path: string) => readFileSync(file(code, path), 'utf8');

  beforeAll(async () => {
    stack = await startStack();
    admin = await adminLogin(stack);
    ({ site, siteAdmin: auth } = await provisionSite(stack, admin));
    other = await provisionSite(stack, admin);
    const column = await columnByPath(stack, auth, site.id, 'zwdt/gzdt');
    const article = await publishArticle(stack, auth, site.id, { columnId: column.id, title: '模板测试', body: '<p>正文</p>' });
    articlePath = new URL(article.url).pathname;
    await eventually(() => existsSync(file(site.code, articlePath)) && existsSync(file(other.site.code, 'index.html')));
  });
  afterAll(() => stack.close());

  const runDone = (runId: string) =>
    eventually(async () => {
      const run = (await stack.http.get(`/api/v1/publish-runs/${runId}`).set(admin)).body;
      return run.status === 'done' && run;
    }, 60_000);
  const platformSource = async (name: string) =>
    (await stack.http.get(`/api/v1/platform/templates/${name}`).set(admin)).body.source as string;

  it('adds templates a new release ships at the next start, keeping the edited ones', async () => {
    const db = stack.infrastructure.dataSource;
    await db.query("UPDATE theme_templates SET source = CONCAT(source, '<!-- 已修改 -->') WHERE site_id IS NULL AND name = 'page.list'");
    await db.query("DELETE FROM theme_templates WHERE site_id IS NULL AND name IN ('page.interaction-form', 'partial.letter-card')");
    await stack.api.get(TemplatesService).installDefaults();
    await stack.api.get(TemplatesService).installDefaults();
    const rows: { name: string; source: string }[] = await db.query('SELECT name, source FROM theme_templates WHERE site_id IS NULL');
    expect(rows.map((row) => row.name)).toEqual(expect.arrayContaining(['page.interaction-form', 'partial.letter-card']));
    expect(new Set(rows.map((row) => row.name)).size).toBe(rows.length);
    expect(rows.find((row) => row.name === 'page.list')!.source).toContain('<!-- 已修改 -->');
    await db.query(
      "UPDATE theme_templates SET source = REPLACE(source, '<!-- 已修改 -->', '') WHERE site_id IS NULL AND name = 'page.list'",
    );
  });

  it('imports the default theme at install and lists it with what each template is used by', async () => {
    const list = await stack.http.get('/api/v1/platform/templates').set(admin);
    expect(list.status).toBe(200);
    const byName = new Map(list.body.items.map((item: any) => [item.name, item]));
    for (const name of [
      'layout',
      'page.home',
      'page.list',
      'page.article',
      'page.single',
      'page.sitemap-html',
      'page.notice',
      'partial.footer',
    ]) {
      expect(byName.get(name)).toBeDefined();
    }
    expect(byName.get('partial.footer')).toMatchObject({ locked: true, file: 'partials/footer.hbs' });
    expect((byName.get('partial.footer') as any).pageTypes).toEqual(expect.arrayContaining(['home', 'list', 'article', 'notice']));
    expect((byName.get('page.list') as any).pageTypes).toEqual(['list']);
    expect((await stack.http.get('/api/v1/platform/templates').set(auth)).status).toBe(403);
    expect((await stack.http.get('/api/v1/platform/templates/nope').set(admin)).status).toBe(400);
    expect((await stack.http.get('/api/v1/platform/templates/page.nope').set(admin)).status).toBe(404);
  });

  it.each([
    ['a syntax error', '<ul>\n  {{#each items}}\n  <li>{{title}}</li>\n', /第 \d+ 行第 \d+ 列:语法错误/],
    ['unescaped user data', '<p>{{{site.name}}}</p>', /第 1 行第 4 列:不能不转义输出「site\.name」/],
    ['an unknown helper', '<p>{{readFile "/etc/passwd"}}</p>', /编译错误/],
    ['a missing partial', '{{> nope}}', /片段「nope」不存在/],
  ])('refuses a template with %s: 422 with line and column', async (_, source, message) => {
    const response = await stack.http.put('/api/v1/platform/templates/page.list').set(admin).send({ source });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(message);
    expect(response.body.problems[0]).toMatchObject({ template: 'page.list', line: expect.any(Number), column: expect.any(Number) });
  });

  it('re-renders only the pages that use a changed template', async () => {
    const listPage = file(site.code, 'zwdt/gzdt/index.html');
    const listBefore = statSync(listPage).mtimeMs;
    const source = (await platformSource('page.article')).replace(
      '{{> article-body}}',
      '{{> article-body}}<p class="zq-mark">本页由新模板生成</p>',
    );
    const put = await stack.http.put('/api/v1/platform/templates/page.article').set(admin).send({ source });
    expect(put.status).toBe(200);
    const run = await runDone(put.body.runId);
    expect(run.total).toBe(1); // the one published article of the group, nothing else
    expect(read(site.code, articlePath)).toContain('本页由新模板生成');
    expect(statSync(listPage).mtimeMs).toBe(listBefore);
  });

  it('lets a site override open parts only, and keeps it to its own pages', async () => {
    expect(
      (await stack.http.put(`/api/v1/sites/${site.id}/templates/partial.footer`).set(auth).send({ source: '<footer></footer>' })).body
        .message,
    ).toMatch(/锁定/);
    const layout = await platformSource('layout');
    const dropped = layout.replace(/\{\{#locked "footer"\}\}.*?\{\{\/locked\}\}/s, '');
    const droppedResponse = await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source: dropped });
    expect(droppedResponse.status).toBe(422);
    expect(droppedResponse.body.message).toContain('删除了锁定区域「footer」');
    // The 信息公开 table and the article itself are locked where they are printed, too.
    const noDisclosure = await stack.http
      .put(`/api/v1/sites/${site.id}/templates/partial.article-body`)
      .set(auth)
      .send({ source: '<article>{{{article.bodyHtml}}}</article>' });
    expect(noDisclosure.status).toBe(422);
    expect(noDisclosure.body.message).toContain('删除了锁定区域「disclosure」');
    const noArticle = await stack.http
      .put(`/api/v1/sites/${site.id}/templates/page.article`)
      .set(auth)
      .send({ source: '<p>{{article.title}}</p>' });
    expect(noArticle.body.message).toContain('删除了锁定区域「article」');
    const hidden = layout.replace(/(\{\{#locked "footer"\}\}.*?\{\{\/locked\}\})/s, '<div class="visually-hidden">$1</div>');
    expect((await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source: hidden })).body.message).toContain(
      '锁定区域「footer」外层的 HTML 元素与门户中心模板不同',
    );
    const altered = layout.replace('{{> footer}}', '<footer>自制页脚</footer>');
    expect((await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source: altered })).body.message).toContain(
      '修改了锁定区域「footer」',
    );
    const shadowed = `{{#*inline "footer"}}<footer>假页脚</footer>{{/inline}}\n${layout}`;
    const shadowResponse = await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source: shadowed });
    expect(shadowResponse.status).toBe(422);
    expect(shadowResponse.body.message).toContain('内联片段');
    for (const [source, message] of [
      [
        layout
          .replace('{{#locked "footer"}}', '{{#if site.nothing}}{{#locked "footer"}}')
          .replace('{{> footer}}{{/locked}}', '{{> footer}}{{/locked}}{{/if}}'),
        '锁定区域不能放在条件',
      ],
      [layout.replace('</body>', '<style>.site-footer{display:none}</style>\n</body>'), '<style>'],
      [
        layout
          .replace('{{#locked "footer"}}', '<!-- {{#locked "footer"}}')
          .replace('{{> footer}}{{/locked}}', '{{> footer}}{{/locked}} -->'),
        'HTML 注释',
      ],
      [layout.replace('<main id="main"', '<main hidden id="main"'), 'hidden'],
    ]) {
      const refused = await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source });
      expect(refused.status).toBe(422);
      expect(refused.body.message).toContain(message);
    }
    const banner = layout.replace('<main id="main"', '<div class="unit-banner">教育强县 · 特色栏目</div>\n<main id="main"');
    expect((await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(other.siteAdmin).send({ source: banner })).status).toBe(
      403,
    );
    const saved = await stack.http.put(`/api/v1/sites/${site.id}/templates/layout`).set(auth).send({ source: banner });
    expect(saved.status).toBe(200);
    await runDone(saved.body.runId);
    expect(read(site.code, 'index.html')).toContain('unit-banner');
    expect(read(site.code, articlePath)).toContain('unit-banner');
    expect(read(other.site.code, 'index.html')).not.toContain('unit-banner');
    const mine = (await stack.http.get(`/api/v1/sites/${site.id}/templates`).set(auth)).body.items.find(
      (item: any) => item.name === 'layout',
    );
    expect(mine.overridden).toBe(true);

    const reverted = await stack.http.delete(`/api/v1/sites/${site.id}/templates/layout`).set(auth);
    expect(reverted.status).toBe(200);
    await runDone(reverted.body.runId);
    expect(read(site.code, 'index.html')).not.toContain('unit-banner');
    expect((await stack.http.delete(`/api/v1/sites/${site.id}/templates/layout`).set(auth)).status).toBe(404);
  });

  it('previews a draft template without writing anything', async () => {
    const source = (await platformSource('page.home')).replace('<div class="home">', '<div class="home"><p>预览横幅</p>');
    const preview = await stack.http.post(`/api/v1/sites/${site.id}/templates/preview`).set(auth).send({ name: 'page.home', source });
    expect(preview.status).toBe(200);
    expect(preview.text).toContain('预览横幅');
    expect(read(site.code, 'index.html')).not.toContain('预览横幅');
    const broken = await stack.http
      .post('/api/v1/platform/templates/preview')
      .set(admin)
      .send({ name: 'page.home', source: '{{#if}}', siteId: site.id });
    expect(broken.status).toBe(422);
  });

  it('previews the pages apps/site renders per request (search, 互动交流) in the site layout with sample content', async () => {
    const source = (await platformSource('page.interaction-form')).replace(
      '<form class="letter-form"',
      '<p>写信须知预览</p><form class="letter-form"',
    );
    const preview = await stack.http
      .post('/api/v1/platform/templates/preview')
      .set(admin)
      .send({ name: 'page.interaction-form', source, siteId: site.id, path: '/interaction/mailbox' })
      .expect(200);
    expect(preview.text).toContain('写信须知预览');
    expect(preview.text).toContain(site.name);
    for (const path of ['/search', '/interaction/error-report', '/interaction/query', '/interaction/letters']) {
      const page = await stack.http
        .post(`/api/v1/sites/${site.id}/templates/preview`)
        .set(auth)
        .send({ name: 'partial.interaction-tabs', source: await platformSource('partial.interaction-tabs'), path })
        .expect(200);
      expect(page.text).toContain(site.name);
    }
    const unknown = await stack.http
      .post(`/api/v1/sites/${site.id}/templates/preview`)
      .set(auth)
      .send({ name: 'page.interaction-list', source: await platformSource('page.interaction-list'), path: '/interaction/nothing' });
    expect(unknown.status).toBe(404);
  });

  it('refuses a zip that claims more entries than it can hold, before unzipping it', async () => {
    const bomb = await stack.http.post('/api/v1/platform/templates/import').set(admin).attach('file', zip64Bomb(), 'theme.zip');
    expect(bomb.status).toBe(400);
    expect(bomb.body.message).toMatch(/不是有效的 zip 压缩包/);
  });

  it('exports and imports templates as a zip, all or nothing', async () => {
    const exported = await stack.http
      .get('/api/v1/platform/templates/export')
      .set(admin)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(exported.body));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['layout.hbs', 'pages/home.hbs', 'partials/footer.hbs']));
    const home = strFromU8(files['pages/home.hbs']).replace('<div class="home">', '<div class="home"><p>导入的首页</p>');
    const bad = Buffer.from(zipSync({ 'theme/pages/home.hbs': strToU8(home), 'theme/pages/list.hbs': strToU8('{{#each}}') }));
    const refused = await stack.http.post('/api/v1/platform/templates/import').set(admin).attach('file', bad, 'theme.zip');
    expect(refused.status).toBe(422);
    expect(await platformSource('page.home')).not.toContain('导入的首页');
    const good = Buffer.from(zipSync({ 'theme/pages/home.hbs': strToU8(home), 'theme/README.txt': strToU8('x') }));
    const imported = await stack.http.post('/api/v1/platform/templates/import').set(admin).attach('file', good, 'theme.zip');
    expect(imported.status).toBe(200);
    expect(imported.body.names).toEqual(['page.home']);
    await runDone(imported.body.runId);
    expect(read(other.site.code, 'index.html')).toContain('导入的首页');
    expect(
      (await stack.http.post('/api/v1/platform/templates/import').set(admin).attach('file', Buffer.from('not a zip'), 'x.zip')).status,
    ).toBe(400);
  });
});
