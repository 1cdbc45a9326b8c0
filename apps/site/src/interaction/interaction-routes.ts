import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLetterForm, type LetterKind } from '@zhanqun/interaction';
import {
  INTERACTION_PATHS,
  interactionBase,
  interactionTabs,
  letterFormView,
  PageViews,
  paginationView,
  publicLetterView,
} from '@zhanqun/publishing';
import type { AppConfig } from '@zhanqun/shared';
import type { InteractionListPage, InteractionQueryPage, PageBase, PageType } from '@zhanqun/templating';
import type { DynamicBackend, LazyBackend } from '../dynamic/backend';
import { sendDynamic, sendRedirect, unavailablePage } from '../dynamic/send';
import { backendForSite } from '../dynamic/site-backend';
import { methodNotAllowed } from '../responses';
import type { DynamicRoute, SiteRequestContext } from '../server';
import { clientIpReader } from './client-ip';
import { readFormBody } from './form-body';
import type { LetterRateLimit } from './letter-rate-limit';

const UNAVAILABLE = '互动交流服务暂时不可用,请稍后再试';
const LETTERS_PER_PAGE = 10;
const MAX_LIST_PAGE = 1000;

interface Ready {
  backend: DynamicBackend;
  siteId: number;
  views: PageViews;
}

/**
 * 互动交流 on apps/site: 领导信箱 and 我为政府网站找错 forms (GET shows, POST stores and redirects
 * to the query page with the new code), 办理查询 by query code, and 信件选登. Pages render with
 * the site's templates inside its standard layout; citizens' text is escaped like all values.
 */
export function createInteractionRoutes(config: AppConfig, backend: LazyBackend, rateLimit: LetterRateLimit): DynamicRoute[] {
  const clientIp = clientIpReader(config.trustProxy);
  async function handle(request: IncomingMessage, response: ServerResponse, context: SiteRequestContext): Promise<void> {
    const { path } = context;
    if (path === '/interaction' || path === '/interaction/') return sendRedirect(response, 302, INTERACTION_PATHS.mailbox);
    const kind: LetterKind | null =
      path === INTERACTION_PATHS.mailbox ? 'mailbox' : path === INTERACTION_PATHS.errorReport ? 'error_report' : null;
    const known = kind !== null || path === INTERACTION_PATHS.query || path === INTERACTION_PATHS.letters;
    if (!known) return context.notFound();
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (!isRead && !(kind && request.method === 'POST')) return methodNotAllowed(response);

    const unavailable = () => sendDynamic(request, response, 503, 'text/html', unavailablePage(UNAVAILABLE), { 'Retry-After': '60' });
    const found = await backendForSite(backend, context, unavailable);
    if (!found) return;
    const snapshot = await found.backend.snapshots.load(found.site.id);
    if (!snapshot) return context.notFound();
    const ready: Ready = { backend: found.backend, siteId: found.site.id, views: new PageViews(snapshot) };
    const render: Render = async (status, type, view, headers) =>
      sendDynamic(request, response, status, 'text/html', (await ready.backend.themes.themeFor(ready.siteId)).render(type, view), headers);

    if (kind && request.method === 'POST') return submit(request, response, context, ready, kind, render, unavailable);
    if (kind) return render(200, 'interaction-form', letterFormView(interactionBase(ready.views, heading(kind), path), kind));
    const query = new URLSearchParams(context.query);
    if (path === INTERACTION_PATHS.query) return render(...(await queryPage(ready, query)));
    return render(...(await listPage(ready, query)));
  }

  async function submit(
    request: IncomingMessage,
    response: ServerResponse,
    context: SiteRequestContext,
    ready: Ready,
    kind: LetterKind,
    render: Render,
    unavailable: () => void,
  ): Promise<void> {
    const base = interactionBase(ready.views, heading(kind), context.path);
    const body = await readFormBody(request);
    if (!body.ok) {
      return render(
        body.status,
        'interaction-form',
        letterFormView(base, kind, {}, {}, body.message),
        body.status === 413 ? { Connection: 'close' } : undefined,
      );
    }
    const checked = readLetterForm(kind, body.form);
    if (!checked.ok)
      return render(
        422,
        'interaction-form',
        letterFormView(base, kind, checked.values, checked.errors, '提交未成功,请按提示修改后再提交。'),
      );
    const ip = clientIp(request);
    let decision;
    try {
      decision = await rateLimit.take(ip);
    } catch {
      return unavailable();
    }
    if (!decision.ok) {
      const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
      return render(429, 'interaction-form', letterFormView(base, kind, checked.input, {}, `提交过于频繁,请 ${minutes} 分钟后再试。`), {
        'Retry-After': String(decision.retryAfterSeconds),
      });
    }
    const letter = await ready.backend.letters.submit(ready.siteId, checked.input, ip);
    sendRedirect(response, 303, `${INTERACTION_PATHS.query}?code=${letter.queryCode}&new=1`);
  }

  async function queryPage(ready: Ready, query: URLSearchParams): Promise<[number, PageType, InteractionQueryPage]> {
    const code = (query.get('code') ?? '').trim().slice(0, 20);
    const letter = code ? await ready.backend.letters.byCode(ready.siteId, code) : null;
    const message = !code ? '请输入提交信件时得到的查询码' : letter ? '' : '没有找到这个查询码对应的信件,请核对后再试(查询码不区分大小写)';
    const view: InteractionQueryPage = {
      ...interactionBase(ready.views, '办理查询', INTERACTION_PATHS.query),
      tabs: interactionTabs('query'),
      code: letter?.queryCode ?? code,
      justSubmitted: Boolean(letter) && query.get('new') === '1',
      message,
      letter: letter ? publicLetterView(letter) : null,
    };
    return [code && !letter ? 404 : 200, 'interaction-query', view];
  }

  async function listPage(ready: Ready, query: URLSearchParams): Promise<[number, PageType, InteractionListPage]> {
    const raw = query.get('page') ?? '1';
    const page = /^[1-9]\d{0,3}$/.test(raw) ? Math.min(Number(raw), MAX_LIST_PAGE) : 1;
    const [letters, total] = await ready.backend.letters.published(ready.siteId, page, LETTERS_PER_PAGE);
    const pageCount = Math.min(MAX_LIST_PAGE, Math.max(1, Math.ceil(total / LETTERS_PER_PAGE)));
    const view: InteractionListPage = {
      ...interactionBase(ready.views, '信件选登', INTERACTION_PATHS.letters),
      tabs: interactionTabs('letters'),
      total,
      letters: letters.map(publicLetterView),
      pagination: paginationView(Math.min(page, pageCount), pageCount, (number) => `${INTERACTION_PATHS.letters}?page=${number}`),
    };
    return [200, 'interaction-list', view];
  }

  return [{ prefix: '/interaction', handle }];
}

type Render = (status: number, type: PageType, view: PageBase, headers?: Record<string, string>) => Promise<void>;

function heading(kind: LetterKind): string {
  return kind === 'mailbox' ? '领导信箱' : '我为政府网站找错';
}
