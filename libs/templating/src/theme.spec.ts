import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { DEFAULT_THEME_DIR } from './default-theme';
import { basePage, fixtures } from './fixtures';
import { Theme } from './theme';
import type { PageBase, PageType } from './view-models';

/** Recommended rules minus the style-token <style> block the standards require in <head>. */
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'no-inline-style': 'off', 'long-title': 'off' } });
const theme = Theme.load(DEFAULT_THEME_DIR);
const pages: [PageType, PageBase][] = [
  ['home', fixtures.home()],
  ['list', fixtures.list()],
  ['article', fixtures.article()],
  ['single', fixtures.single()],
  ['sitemap-html', fixtures.sitemapHtml()],
  ['notice', fixtures.notice()],
];

describe('default theme', () => {
  it.each(pages)('renders %s as valid HTML5', async (type, view) => {
    const html = theme.render(type, view);
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`))).toEqual([]);
  });

  it.each(pages)('carries every item of the eight standards on %s', (type, view) => {
    const html = theme.render(type, view);
    expect(html).toContain('<html lang="zh-CN">');
    for (const text of [
      '示范县人民政府',
      'href="http://www.zhanqun.test/"',
      '当前位置',
      'role="search"',
      'name="q"',
      '主办单位',
      '承办单位',
      '联系电话',
      '网站标识码',
      '4103240001',
      'https://beian.miit.gov.cn/',
      'recordcode=41032402000001',
      '党政机关',
      '网站地图',
      '我为政府网站找错',
      '无障碍',
      '长者模式',
      '--zq-primary:#b5121b',
      'name="SiteIDCode"',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('renders the disclosure metadata table and the repealed mark as valid HTML', async () => {
    const view = fixtures.article();
    view.article.disclosure = {
      indexNo: '11410324005252417X/2026-00012',
      issuer: '示范县人民政府办公室',
      writtenOn: '2026-03-01',
      docNo: '示政办〔2026〕12号',
      topic: '综合政务',
      validity: '已废止',
      superseded: true,
    };
    const html = theme.render('article', view);
    for (const text of [
      '索引号',
      '11410324005252417X/2026-00012',
      '发布机构',
      '成文日期',
      '文号',
      '示政办〔2026〕12号',
      '主题分类',
      '有效性',
      'superseded-mark',
    ])
      expect(html).toContain(text);
    const report = await validator.validateString(html);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('escapes every plain-text value and prints only the article body raw', () => {
    const view = fixtures.article();
    view.site.name = '<script>alert(1)</script>';
    view.site.footer.sponsor = '"><img src=x onerror=alert(1)>';
    view.article.title = '<b>标题</b>';
    view.meta.push({ name: 'Description', content: '"><script>x</script>' });
    view.article.bodyHtml = '<p><strong>已净化的正文</strong></p>';
    const html = theme.render('article', view);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>标题</b>');
    expect(html).not.toContain('"><script>x</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<p><strong>已净化的正文</strong></p>');
  });

  it('cannot reach prototypes from a template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zq-theme-'));
    cpSync(DEFAULT_THEME_DIR, dir, { recursive: true });
    writeFileSync(
      join(dir, 'pages', 'notice.hbs'),
      '<p>[{{constructor}}][{{site.constructor.name}}][{{#with "s"}}{{constructor.constructor}}{{/with}}]</p>',
    );
    const evil = Theme.load(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(evil.render('notice', fixtures.notice())).toContain('<p>[][][]</p>');
  });

  it('renders without touching the disk once loaded', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zq-theme-'));
    cpSync(DEFAULT_THEME_DIR, dir, { recursive: true });
    const copy = Theme.load(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(copy.render('home', fixtures.home())).toContain('示范县教育局');
    expect(copy.render('list', { ...fixtures.list(), ...basePage() } as never)).toContain('</html>');
  });
});
