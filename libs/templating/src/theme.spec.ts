import { HtmlValidate } from 'html-validate';
import { DEFAULT_THEME_DIR } from './default-theme';
import { fixtures } from './fixtures';
import { Theme } from './theme';
import type { ArticlePage, HomePage, PageBase, PageType, SearchPage } from './view-models';

/**
 * html-validate's recommended preset with two rules relaxed, both for legitimate content:
 * - `long-title`: `<title>` is the editor's article title + site name; official document titles
 *   often run past the rule's 70 characters, and the standards require the full title.
 * - `no-inline-style`: sanitized article bodies may keep `style="text-align:…"` (the only style
 *   the body allow-list passes). The theme itself uses no style attributes; its one `<style>`
 *   element (the style tokens) is allowed by the preset anyway.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'long-title': 'off', 'no-inline-style': 'off' },
});
const theme = Theme.load(DEFAULT_THEME_DIR);

const pages: [string, PageType, () => PageBase][] = [
  ['home', 'home', fixtures.home],
  ['portal home', 'home', fixtures.portalHome],
  ['list', 'list', fixtures.list],
  ['article', 'article', fixtures.article],
  ['syndicated article', 'article', fixtures.syndicatedArticle],
  ['single', 'single', fixtures.single],
  ['sitemap-html', 'sitemap-html', fixtures.sitemapHtml],
  ['notice', 'notice', fixtures.notice],
  ['search', 'search', fixtures.search],
  ['mailbox form', 'interaction-form', fixtures.interactionForm],
  ['error report form', 'interaction-form', fixtures.errorReportForm],
  ['letter query', 'interaction-query', fixtures.interactionQuery],
  ['published letters', 'interaction-list', fixtures.interactionList],
];

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
}

describe('default theme', () => {
  it.each(pages)('renders %s as valid HTML5', async (_name, type, view) => {
    expect(await problems(theme.render(type, view()))).toEqual([]);
  });

  it.each(pages)('carries every item of the eight standards on %s', (_name, type, view) => {
    const html = theme.render(type, view());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    for (const text of [
      '<meta charset="utf-8">',
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<link rel="stylesheet" href="/assets/site.css">',
      // 统一标识: emblem, portal name, link back to the portal home
      'src="/assets/emblem.svg"',
      '示范县人民政府',
      'class="identity__portal" href="http://www.zhanqun.test/"',
      // 统一栏目 navigation, breadcrumb
      'aria-label="主导航"',
      'href="/zwdt/index.html"',
      '当前位置',
      // 统一检索
      'role="search"',
      'action="/search" method="get"',
      '<label for="search-q"',
      'id="search-q" name="q"',
      'name="scope"',
      '<option value="site" selected>',
      '全站群',
      // 统一页脚
      '主办单位',
      '承办单位',
      '联系电话',
      '地址',
      '网站标识码',
      '4103240001',
      'ICP备',
      'href="https://beian.miit.gov.cn/"',
      '公安机关备案号',
      '公网安备',
      'href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41032402000001"',
      'alt="党政机关"',
      'href="https://bszs.conac.cn/"',
      '<a href="/sitemap.html">网站地图</a>',
      '<a href="http://www.zhanqun.test/hdjl/zxts/index.html">我为政府网站找错</a>',
      // 统一风格: tokens as custom properties, quotes of font names intact
      '--zq-primary:#b5121b',
      '--zq-accent:#1f4e8c',
      '--zq-font:"PingFang SC", "Microsoft YaHei", sans-serif',
      '--zq-font-size:16px',
      // 统一元数据 (site level on every page)
      '<meta name="SiteName" content="',
      '<meta name="SiteDomain" content="jyj.zhanqun.test">',
      '<meta name="SiteIDCode" content="4103240001">',
      // 统一服务
      '无障碍',
      '长者模式',
      '打印',
      '<script src="/assets/site.js"></script>',
      // accessibility
      '<a class="skip-link" href="#main">跳到主要内容</a>',
      '<main id="main"',
      '<header class="identity">',
      '<footer class="site-footer">',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('carries the column and article metadata on column and article pages', () => {
    const list = theme.render('list', fixtures.list());
    expect(list).toContain('<meta name="ColumnName" content="工作动态">');
    expect(list).toContain('<meta name="ColumnType" content="政务动态">');
    const article = theme.render('article', fixtures.article());
    for (const name of ['ColumnName', 'ArticleTitle', 'PubDate', 'ContentSource', 'Keywords', 'Author', 'Description', 'Url']) {
      expect(article).toContain(`<meta name="${name}" content="`);
    }
    expect(article).toContain('<meta name="PubDate" content="2026-11-20 09:30">');
  });

  it('shows the site name beside the portal name on sub-sites only', () => {
    expect(theme.render('home', fixtures.home())).toContain('<a class="identity__site" href="/index.html">示范县教育局</a>');
    expect(theme.render('home', fixtures.portalHome())).not.toContain('identity__site');
  });

  it('renders the home headline block, 通知公告 box and column blocks', () => {
    const html = theme.render('home', fixtures.home());
    expect(html).toContain('<p class="headline-lead"><a href="/zwdt/gzdt/202611/t20261120_101.html">全县教育工作会议召开');
    expect(html).toContain('通知公告');
    expect(html).toContain('<time>2026-11-18</time>');
    expect(html).toContain('暂无信息');
    expect(html.match(/class="block-title"/g)).toHaveLength(7);
  });

  it('shows 图片新闻 with cover thumbnails, and no empty box without them', () => {
    const view = fixtures.home();
    const html = theme.render('home', view);
    expect(html).toContain('图片新闻');
    expect(html).toContain(`<img src="${view.pictureNews[0].imageUrl}" alt="${view.pictureNews[0].title}"`);
    const withoutPictures: HomePage = { ...view, pictureNews: [] };
    expect(theme.render('home', withoutPictures)).not.toContain('图片新闻');
  });

  it('lists attachments under the article body with a download name', () => {
    const view = fixtures.article();
    const html = theme.render('article', view);
    const [pdf] = view.article.attachments;
    expect(html).toContain(`<a href="${pdf.url}" download="${pdf.name}">${pdf.name}</a>`);
    expect(html).toContain('(PDF,1.2 MB)');
    const withoutAttachments: ArticlePage = { ...view, article: { ...view.article, attachments: [] } };
    expect(theme.render('article', withoutAttachments)).not.toContain('附件');
  });

  it('renders list pagination and the side navigation', () => {
    const html = theme.render('list', fixtures.list());
    expect(html).toContain('<span aria-current="page">1</span>');
    expect(html).toContain('<a href="/zwdt/gzdt/index_2.html" rel="next">下一页</a>');
    expect(html).toContain('aria-label="栏目导航"');
    const onePage = fixtures.list();
    onePage.pagination = { page: 1, pageCount: 1, prevUrl: null, nextUrl: null, pages: [] };
    expect(theme.render('list', onePage)).not.toContain('class="pagination"');
  });

  it('shows the 领导信箱 entry only when the site has one', () => {
    const view = fixtures.home();
    expect(theme.render('home', view)).toContain('<a href="http://jyj.zhanqun.test/interaction/mailbox">领导信箱</a>');
    delete view.site.mailboxUrl;
    expect(theme.render('home', view)).not.toContain('领导信箱</a>');
  });

  it('names the source unit of an adopted article and links back to its page', () => {
    const html = theme.render('article', fixtures.syndicatedArticle());
    expect(html).toContain(
      '本文转载自示范县教育局,<a href="http://jyj.zhanqun.test/zwdt/gzdt/202611/t20261120_101.html" rel="noopener">查看原文</a>',
    );
    expect(theme.render('article', fixtures.article())).not.toContain('查看原文');
    const hostile = fixtures.syndicatedArticle();
    hostile.article.sourceUrl = 'javascript:alert(1)';
    hostile.article.source = '<script>x</script>';
    const escaped = theme.render('article', hostile);
    expect(escaped).toContain('href="#"');
    expect(escaped).not.toContain('<script>x');
  });

  it('renders a single-page column without text as valid HTML', async () => {
    const html = theme.render('single', { ...fixtures.single(), article: null } as PageBase);
    expect(html).toContain('内容正在完善中');
    expect(await problems(html)).toEqual([]);
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
    expect(await problems(html)).toEqual([]);
  });

  it('links the RSS feed in the head and the footer, and the HTML site map in the footer', () => {
    const html = theme.render('list', fixtures.list());
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="示范县教育局" href="http://jyj.zhanqun.test/rss.xml">');
    expect(html).toContain('<a href="http://jyj.zhanqun.test/rss.xml">RSS订阅</a>');
    expect(html).toContain('<a href="/sitemap.html">网站地图</a>');
  });

  it('shows the 政府网站链接 groups, escaped, and no block without links', async () => {
    const view = fixtures.home();
    view.govLinks[0].links.push({ name: '<script>alert(1)</script>😀', url: 'javascript:alert(1)' });
    const html = theme.render('home', view);
    expect(html).toContain('政府网站链接');
    expect(html).toContain('上级政府网站');
    expect(html).toContain('本级政府网站');
    expect(html).toContain('<a href="https://www.gov.cn/" target="_blank" rel="noopener">中国政府网</a>');
    expect(html).toContain('href="http://czj.zhanqun.test/?a=1&amp;b=2"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;😀');
    expect(html).not.toContain('javascript:');
    expect(await problems(html)).toEqual([]);
    const none = theme.render('home', { ...fixtures.home(), govLinks: [] });
    expect(none).not.toContain('政府网站链接');
    expect(await problems(none)).toEqual([]);
  });

  it('lists columns of all four levels in the HTML site map', () => {
    const html = theme.render('sitemap-html', fixtures.sitemapHtml());
    for (const url of ['/xxgk/index.html', '/xxgk/zcwj/index.html', '/xxgk/zcwj/xzfwj/index.html', '/xxgk/zcwj/xzfwj/gfxwj/index.html']) {
      expect(html).toContain(`href="${url}"`);
    }
    expect(html).toContain('>规范性文件</a>');
  });

  it('renders search results with highlighted words, the query kept in the form, and a friendly empty page', async () => {
    const html = theme.render('search', fixtures.search());
    expect(html).toContain('value="招生"');
    expect(html).toContain('阶段<em>招生</em>政策');
    expect(html).toContain('找到相关结果 2 条');
    expect(html).toContain('<option value="site" selected>本站</option>');
    expect(html).toContain('aria-label="第2页"');
    // An adopted article names the sites carrying it (转载), once per result that has some.
    expect(html.match(/<p class="search-results__carried">转载:示范县人民政府门户网站<\/p>/g)).toHaveLength(1);
    const empty: SearchPage = { ...fixtures.search(), query: '', message: '请输入搜索关键词', total: 0, results: [] };
    const emptyHtml = theme.render('search', empty);
    expect(emptyHtml).toContain('请输入搜索关键词');
    expect(emptyHtml).not.toContain('search-results__list');
    expect(await problems(emptyHtml)).toEqual([]);
    const group: SearchPage = { ...empty, groupScope: true };
    expect(theme.render('search', group)).toContain('<option value="group" selected>全站群</option>');
  });
});
