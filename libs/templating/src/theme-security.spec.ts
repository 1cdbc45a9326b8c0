import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { DEFAULT_THEME_DIR } from './default-theme';
import { basePage, fixtures } from './fixtures';
import { Theme } from './theme';

const theme = Theme.load(DEFAULT_THEME_DIR);
const XSS = '<script>alert(1)</script>';
const BREAKOUT = '"><img src=x onerror=alert(1)>';

/** A private copy of the default theme, with some templates replaced. */
function themeCopy(replace: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'zq-theme-'));
  cpSync(DEFAULT_THEME_DIR, dir, { recursive: true });
  for (const [path, source] of Object.entries(replace)) writeFileSync(join(dir, path), source);
  return dir;
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.hbs'))
    .map((name) => join(dir, name));
}

describe('default theme security', () => {
  it('escapes every plain-text value and prints only the article body raw', () => {
    const view = fixtures.article();
    view.pageTitle = XSS;
    view.site.name = XSS;
    view.site.portalName = BREAKOUT;
    view.site.featureText = XSS;
    view.site.footer.sponsor = BREAKOUT;
    view.site.footer.icp = XSS;
    view.nav[0].name = XSS;
    view.breadcrumb[1].name = BREAKOUT;
    view.article.title = '<b>标题</b>';
    view.article.source = BREAKOUT;
    view.meta.push({ name: 'Description', content: '"><script>x</script>' });
    view.article.bodyHtml = '<p><strong>已净化的正文</strong></p>';
    const html = theme.render('article', view);
    expect(html).not.toContain(XSS);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>标题</b>');
    expect(html).not.toContain('"><script>x</script>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('&quot;&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(html).toContain('<div class="article__body"><p><strong>已净化的正文</strong></p></div>');
  });

  it('escapes list, home, notice and search values too', () => {
    const list = fixtures.list();
    list.items[0].title = XSS;
    list.column.description = BREAKOUT;
    const home = fixtures.home();
    home.notices[0].title = XSS;
    home.blocks[0].name = BREAKOUT;
    const notice = fixtures.notice();
    notice.message = XSS;
    const search = fixtures.search();
    search.query = XSS;
    search.message = XSS;
    search.results[0].title[1].text = XSS;
    search.results[0].snippet[1].text = BREAKOUT;
    search.results[0].siteName = XSS;
    const pages = [theme.render('list', list), theme.render('home', home), theme.render('notice', notice), theme.render('search', search)];
    for (const html of pages) {
      expect(html).not.toContain(XSS);
      expect(html).not.toContain('<img src=x');
    }
  });

  it('escapes what citizens write on the 互动交流 pages', () => {
    const form = fixtures.interactionForm();
    form.fields.body.value = `</textarea>${XSS}`;
    form.fields.subject.value = BREAKOUT;
    form.message = XSS;
    const query = fixtures.interactionQuery();
    query.code = BREAKOUT;
    query.letter = { ...query.letter!, subject: XSS, text: XSS, writer: XSS, reply: XSS };
    for (const html of [theme.render('interaction-form', form), theme.render('interaction-query', query)]) {
      expect(html).not.toContain(XSS);
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('"><script>');
    }
    expect(theme.render('interaction-form', form)).toContain('&lt;/textarea&gt;');
  });

  it('neutralises script URLs in links and the search form', () => {
    const view = fixtures.list();
    view.nav[1].url = 'javascript:alert(1)';
    view.items[0].url = ' JaVa\tScRiPt:alert(1)';
    view.site.errorReportUrl = 'data:text/html,<script>alert(1)</script>';
    view.searchUrl = 'vbscript:msgbox(1)';
    const html = theme.render('list', view);
    expect(html).not.toMatch(/(javascript|vbscript|data):/i);
    expect(html).toContain('action="#"');
  });

  it('cannot break out of the style block or inject CSS rules through style tokens', () => {
    const view = fixtures.home();
    view.style.primaryColor = 'red;}</style><script>alert(1)</script><style>';
    view.style.fontFamily = 'x}body{background:url(http://evil.test/a.png)';
    view.style.baseFontSize = '16px;}*{display:none' as never;
    const html = theme.render('home', view);
    const style = html.slice(html.indexOf('<style>'), html.indexOf('</style>') + 8);
    expect(style).toBe(
      '<style>:root{--zq-primary:redstylescriptalert(1)scriptstyle;--zq-accent:#1f4e8c;--zq-text:#222222;--zq-font:;--zq-font-size:16px;}</style>',
    );
    expect(html).not.toContain(XSS);
  });

  it('allows triple-stash output only for the article body (and the rendered page body in the layout)', () => {
    const raw = templateFiles(DEFAULT_THEME_DIR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\{\{\{\s*([^}]*?)\s*\}\}\}|\{\{&\s*([^}]*?)\s*\}\}/g)].map(
        (match) => `${relative(DEFAULT_THEME_DIR, file)}:${match[1] ?? match[2]}`,
      ),
    );
    expect(raw.sort()).toEqual(['layout.hbs:body', 'partials/article-body.hbs:article.bodyHtml']);
  });

  it('cannot reach prototypes from a template', () => {
    const dir = themeCopy({
      'pages/notice.hbs':
        '<p>[{{constructor}}][{{constructor.constructor}}][{{site.constructor.name}}][{{__proto__}}][{{site.__proto__.constructor}}]' +
        '[{{#with "s"}}{{constructor.constructor}}{{/with}}][{{lookup site "constructor"}}][{{#with site.toString}}x{{/with}}]' +
        '[{{#each site.constructor}}x{{/each}}][{{lookup (lookup site "constructor") "name"}}]</p>',
    });
    const evil = Theme.load(dir);
    rmSync(dir, { recursive: true, force: true });
    const html = evil.render('notice', fixtures.notice());
    expect(html).toContain('<p>[][][][][][][][][][]</p>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses at load a template calling a helper the environment does not provide', () => {
    for (const source of ['{{log "x"}}', '{{readFile "/etc/passwd"}}', '{{#each (require "fs")}}{{/each}}']) {
      const dir = themeCopy({ 'pages/notice.hbs': source });
      try {
        expect(() => Theme.load(dir)).toThrow(/page\.notice/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('refuses at load a template with a syntax error or a missing page type', () => {
    const broken = themeCopy({ 'pages/list.hbs': '{{#if x}}' });
    expect(() => Theme.load(broken)).toThrow(/page\.list/);
    rmSync(join(broken, 'pages', 'article.hbs'));
    writeFileSync(join(broken, 'pages', 'list.hbs'), '');
    expect(() => Theme.load(broken)).toThrow(/no template page\.article/);
    rmSync(broken, { recursive: true, force: true });
  });

  it('renders without touching the disk once loaded', () => {
    const dir = themeCopy();
    const copy = Theme.load(dir);
    rmSync(dir, { recursive: true, force: true });
    expect(copy.render('home', fixtures.home())).toContain('示范县教育局');
    expect(copy.render('list', fixtures.list())).toContain('</html>');
    expect(copy.render('article', fixtures.article())).toContain('</html>');
    expect(copy.render('notice', { ...fixtures.notice(), ...basePage() })).toContain('</html>');
    expect(copy.assetsDir).toBe(join(dir, 'assets'));
  });

  it('rejects an unknown page type', () => {
    expect(() => theme.render('constructor' as never, fixtures.home())).toThrow(/Unknown page type/);
  });
});
