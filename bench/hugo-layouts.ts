/**
 * Hugo layouts for the side-by-side bench, of the same weight as templates/default: head with
 * meta and inline style, service bar, identity with search box, main navigation of the site's
 * columns, breadcrumb, side navigation, article with meta and tools, a 20-item list with pager,
 * footer with the group's site links and the identity facts. The site's top section stands for
 * its home page (latest items per column, no pager), as ours does.
 */
export const hugoLayouts: Record<string, string> = {
  '_default/baseof.html': `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ .Site.Title }}</title>
<meta name="SiteName" content="{{ .Site.Title }}">
<meta name="ColumnName" content="{{ with .Parent }}{{ .Title }}{{ end }}">
<link rel="stylesheet" href="/assets/site.css">
<style>:root{--zq-primary:#1f4e9c;--zq-accent:#c8102e;--zq-text:#222;--zq-font:"Microsoft YaHei",sans-serif;--zq-font-size:16px;}</style>
<script src="/assets/site.js"></script>
</head>
<body class="page-{{ .Kind }}">
<a class="skip-link" href="#main">跳到主要内容</a>
{{ $site := .FirstSection }}
<section class="service-bar" aria-label="服务工具"><div class="container service-bar__inner">
<p class="service-bar__welcome">欢迎访问{{ $site.Title }}<a class="service-bar__portal" href="http://www.bench.example/">返回示范县人民政府</a></p>
<ul class="service-bar__tools"><li><button type="button" data-toggle="a11y" aria-pressed="false">无障碍</button></li><li><button type="button" data-toggle="elder" aria-pressed="false">长者模式</button></li><li><a href="/sitemap.html">网站地图</a></li></ul>
</div></section>
<header class="identity"><div class="container identity__inner"><div class="identity__names">
<a class="identity__portal" href="http://www.bench.example/" title="示范县人民政府(统一入口)"><img src="/assets/emblem.svg" alt="" width="56" height="56"><span class="identity__portal-name">示范县人民政府</span></a>
<a class="identity__site" href="{{ $site.RelPermalink }}">{{ $site.Title }}</a></div>
<form class="search-box" role="search" action="/search"><label for="q">站内搜索</label><input id="q" name="q" type="search"><button type="submit">搜索</button></form>
</div></header>
<nav class="main-nav" aria-label="主导航"><ul class="container main-nav__list">
<li><a href="{{ $site.RelPermalink }}">首页</a></li>
{{ range $site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}
</ul></nav>
<main id="main" class="container" tabindex="-1">
<nav class="breadcrumb" aria-label="当前位置"><span class="breadcrumb__label">当前位置:</span><ol>
{{ range .Ancestors.Reverse }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}<li><span aria-current="page">{{ .Title }}</span></li>
</ol></nav>
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><div class="container site-footer__inner">
<nav class="gov-links" aria-label="政府网站链接"><h2 class="gov-links__title">政府网站链接</h2>
<div class="gov-links__group"><h3>本级政府网站</h3><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}" target="_blank" rel="noopener">{{ .Title }}</a></li>{{ end }}</ul></div></nav>
<ul class="site-footer__links"><li><a href="/sitemap.html">网站地图</a></li><li><a href="/rss.xml">RSS订阅</a></li><li><a href="https://zfwzzc.www.gov.cn/">我为政府网站找错</a></li></ul>
<div class="site-footer__identity"><img class="site-footer__conac" src="/assets/conac.svg" alt="党政机关" width="44" height="54">
<div class="site-footer__facts"><dl class="site-footer__row"><div><dt>主办单位:</dt><dd>{{ $site.Title }}</dd></div><div><dt>网站标识码:</dt><dd>4103240000</dd></div></dl>
<dl class="site-footer__row"><div><dt>ICP备案号:</dt><dd><a href="https://beian.miit.gov.cn/">豫ICP备00000000号</a></dd></div><div><dt>公安机关备案号:</dt><dd>豫公网安备 41032402000000号</dd></div></dl></div></div>
<p class="site-footer__copy">© 2026 {{ $site.Title }} 版权所有</p>
</div></footer>
</body>
</html>
`,
  '_default/single.html': `{{ define "main" }}<div class="content box"><article class="article">
<h1 class="article__title">{{ .Title }}</h1>
<p class="article__meta"><span>发布时间:<time>{{ .Date.Format "2006-01-02" }}</time></span><span>来源:{{ .FirstSection.Title }}</span></p>
<div class="article__body">{{ .Content }}</div>
<p class="article__tools"><button type="button" class="link-button" data-print>【打印本页】</button> <a href="#main">【返回顶部】</a></p>
</article></div>{{ end }}
`,
  '_default/list.html': `{{ define "main" }}{{ if and .Parent .Parent.IsHome }}<div class="home">
{{ range .Sections }}<section class="box"><h2 class="block-title"><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><ul class="news-list">
{{ range first 8 .RegularPagesRecursive }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul></section>{{ end }}
</div>{{ else }}<div class="with-side">
<aside class="side" aria-labelledby="side-title"><h2 id="side-title" class="side__title">{{ .Title }}</h2>
<nav class="side-nav" aria-label="栏目导航"><ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></aside>
<section class="content box" aria-labelledby="column-title"><h1 id="column-title" class="block-title">{{ .Title }}</h1>
{{ $pager := .Paginate .RegularPagesRecursive }}<ul class="news-list">
{{ range $pager.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>
{{ if gt $pager.TotalPages 1 }}<nav class="pagination" aria-label="分页">{{ if $pager.HasPrev }}<a href="{{ $pager.Prev.URL }}" rel="prev">上一页</a>{{ end }}
{{ range $pager.Pagers }}{{ if eq . $pager }}<span aria-current="page">{{ .PageNumber }}</span>{{ else }}<a href="{{ .URL }}">{{ .PageNumber }}</a>{{ end }}{{ end }}
{{ if $pager.HasNext }}<a href="{{ $pager.Next.URL }}" rel="next">下一页</a>{{ end }}<span class="pagination__total">共 {{ $pager.TotalPages }} 页</span></nav>{{ end }}
</section></div>{{ end }}{{ end }}
`,
  'index.html': `{{ define "main" }}<ul class="news-list">{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`,
};
