import type { IncomingMessage, ServerResponse } from 'node:http';
import { PageViews, paginationView } from '@zhanqun/publishing';
import { hitLinks, RECENT_WINDOW, SearchTooBroadError, segmentsHtml, type HitLink, type SearchResult } from '@zhanqun/search';
import { chinaDate, type AppConfig } from '@zhanqun/shared';
import type { SearchPage } from '@zhanqun/templating';
import type { Site } from '@zhanqun/tenancy';
import { methodNotAllowed } from '../responses';
import type { DynamicRoute, SiteRequestContext } from '../server';
import type { DynamicBackend, LazyBackend } from '../dynamic/backend';
import { sendDynamic as send, unavailablePage } from '../dynamic/send';
import { backendForSite } from '../dynamic/site-backend';
import { MAX_PAGE, parseSearchParams, type SearchParams } from './search-params';
import { resolveScope } from './search-scope';

const UNAVAILABLE = '搜索服务暂时不可用,请稍后再试';

interface Outcome {
  status: 200 | 400 | 503;
  params: SearchParams;
  /** Why there is nothing to show (empty query, bad input, no hits); '' when there are hits. */
  message: string;
  result: SearchResult;
  links: HitLink[];
}

const NOTHING: SearchResult = { hits: [], total: 0, words: [], recentOnly: false };

const RECENT_ONLY_NOTICE = `关键词较为常见,以下结果取自最近发布的 ${RECENT_WINDOW.toLocaleString('en-US')} 篇信息;输入更具体的关键词可查得更全。`;

/** The query string of a results page, with every filter kept. */
function pageQuery(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q, scope: params.scope });
  if (params.site) query.set('site', params.site);
  if (params.column) query.set('column', String(params.column));
  if (params.from) query.set('from', chinaDate(params.from));
  if (params.before) query.set('to', chinaDate(new Date(params.before.getTime() - 1)));
  if (params.pageSize !== 10) query.set('pageSize', String(params.pageSize));
  query.set('page', String(page));
  return query.toString();
}

/**
 * The citizens' search of apps/site: `/search` renders the results page in the site's layout,
 * `/api/public/search` answers `{ items, total }`. Both search the requesting site or the group.
 */
export function createSearchRoutes(config: AppConfig, backend: LazyBackend) {
  async function run(backendReady: DynamicBackend, site: Site, query: string): Promise<Outcome> {
    const parsed = parseSearchParams(query);
    const refused = (message: string): Outcome => ({ status: 400, params: parsed.params, message, result: NOTHING, links: [] });
    if (!parsed.ok) return refused(parsed.message);
    const { params } = parsed;
    const scope = await resolveScope(backendReady.db, site, params);
    if (!scope.ok) return refused(scope.message);
    if (!params.q) return { status: 200, params, message: '请输入搜索关键词', result: NOTHING, links: [] };
    let result: SearchResult;
    try {
      result = await backendReady.search.search({
        q: params.q,
        siteIds: scope.siteIds,
        columnIds: scope.columnIds,
        from: params.from,
        before: params.before,
        page: params.page,
        pageSize: params.pageSize,
      });
    } catch (error) {
      if (!(error instanceof SearchTooBroadError)) throw error;
      return { status: 503, params, message: error.message, result: NOTHING, links: [] };
    }
    const links = await hitLinks(backendReady.db, backendReady.urls, config.platformDomain, result.hits);
    const message = result.hits.length ? '' : `未找到与“${params.q}”相关的信息,请更换关键词或扩大搜索范围后再试。`;
    return { status: 200, params, message, result, links };
  }

  async function page(request: IncomingMessage, response: ServerResponse, context: SiteRequestContext): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response);
    if (context.path !== '/search') return context.notFound();
    const prepared = await backendForSite(backend, context, () => send(request, response, 503, 'text/html', unavailablePage(UNAVAILABLE)));
    if (!prepared) return;
    const snapshot = await prepared.backend.snapshots.load(prepared.site.id);
    if (!snapshot) return context.notFound();
    const outcome = await run(prepared.backend, prepared.site, context.query);
    const { params, result, links } = outcome;
    const views = new PageViews(snapshot);
    const pageCount = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / params.pageSize)));
    const base = views.base(params.q ? `搜索:${params.q} - ${views.site.name}` : `搜索 - ${views.site.name}`, [], null);
    base.breadcrumb.push({ name: '搜索结果', url: '/search' });
    const view: SearchPage = {
      ...base,
      query: params.q,
      groupScope: params.scope === 'group',
      message: outcome.message,
      total: result.total,
      notice: result.recentOnly ? RECENT_ONLY_NOTICE : '',
      results: result.hits.map((hit, index) => ({
        title: hit.title,
        url: links[index].url,
        siteName: links[index].siteName,
        carriedBy: links[index].carriedBy.join('、'),
        date: chinaDate(hit.publishedAt),
        snippet: hit.snippet,
      })),
      pagination: paginationView(params.page, pageCount, (number) => `/search?${pageQuery(params, number)}`),
    };
    send(request, response, outcome.status, 'text/html', (await prepared.backend.themes.themeFor(prepared.site.id)).render('search', view));
  }

  async function api(request: IncomingMessage, response: ServerResponse, context: SiteRequestContext): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response);
    if (context.path !== '/api/public/search') return context.notFound();
    const json = (status: number, body: unknown) => send(request, response, status, 'application/json', JSON.stringify(body));
    const prepared = await backendForSite(backend, context, () =>
      json(503, { statusCode: 503, error: 'Service Unavailable', message: UNAVAILABLE }),
    );
    if (!prepared) return;
    const outcome = await run(prepared.backend, prepared.site, context.query);
    if (outcome.status === 400) return json(400, { statusCode: 400, error: 'Bad Request', message: outcome.message });
    if (outcome.status === 503) return json(503, { statusCode: 503, error: 'Service Unavailable', message: outcome.message });
    json(200, {
      items: outcome.result.hits.map((hit, index) => ({
        title: hit.title.map((piece) => piece.text).join(''),
        url: outcome.links[index].url,
        siteName: outcome.links[index].siteName,
        carriedBy: outcome.links[index].carriedBy,
        publishedAt: hit.publishedAt.toISOString(),
        snippet: segmentsHtml(hit.snippet),
      })),
      total: outcome.result.total,
      recentOnly: outcome.result.recentOnly,
    });
  }

  const routes: DynamicRoute[] = [
    { prefix: '/search', handle: page },
    { prefix: '/api/public/search', handle: api },
  ];
  return routes;
}
