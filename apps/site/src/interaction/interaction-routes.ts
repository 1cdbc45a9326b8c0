import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LetterKind } from '@zhanqun/interaction';
import { INTERACTION_PATHS, interactionBase, interactionTabs, letterFormView, paginationView, publicLetterView } from '@zhanqun/publishing';
import type { AppConfig } from '@zhanqun/shared';
import type { InteractionListPage, InteractionQueryPage } from '@zhanqun/templating';
import type { LazyBackend } from '../dynamic/backend';
import { sendRedirect } from '../dynamic/send';
import { methodNotAllowed } from '../responses';
import type { DynamicRoute, SiteRequestContext } from '../server';
import { clientIpReader } from './client-ip';
import type { LetterRateLimit } from './letter-rate-limit';
import { letterSubmission } from './letter-submission';
import { withInteractionPage, type InteractionPage } from './page-context';

const LETTERS_PER_PAGE = 10;
const MAX_LIST_PAGE = 1000;
const FORMS: Record<string, LetterKind> = { [INTERACTION_PATHS.mailbox]: 'mailbox', [INTERACTION_PATHS.errorReport]: 'error_report' };

/**
 * 互动交流 on apps/site: 领导信箱 and 我为政府网站找错 forms (GET shows, POST stores and redirects
 * to the query page with the new code), 办理查询 by query code, and 信件选登. Pages render with
 * the site's templates inside its standard layout; citizens' text is escaped like all values.
 */
export function createInteractionRoutes(config: AppConfig, backend: LazyBackend, rateLimit: LetterRateLimit): DynamicRoute[] {
  const submit = letterSubmission(backend, rateLimit, clientIpReader(config.trustProxy));

  async function handle(request: IncomingMessage, response: ServerResponse, context: SiteRequestContext): Promise<void> {
    const { path } = context;
    const kind = Object.hasOwn(FORMS, path) ? FORMS[path] : null;
    const known =
      kind !== null ||
      path === INTERACTION_PATHS.query ||
      path === INTERACTION_PATHS.letters ||
      path === '/interaction' ||
      path === '/interaction/';
    if (!known) return context.notFound();
    if (kind && request.method === 'POST') return submit(request, response, context, kind);
    if (request.method !== 'GET' && request.method !== 'HEAD') return methodNotAllowed(response, kind ? 'GET, HEAD, POST' : 'GET, HEAD');
    if (path === '/interaction' || path === '/interaction/') return sendRedirect(response, 302, INTERACTION_PATHS.mailbox);

    return withInteractionPage(backend, request, response, context, async (page) => {
      if (kind) return page.render(200, 'interaction-form', letterFormView(page.views, kind));
      const query = new URLSearchParams(context.query);
      return path === INTERACTION_PATHS.query ? queryPage(page, query) : listPage(page, query, context);
    });
  }

  async function queryPage(page: InteractionPage, query: URLSearchParams): Promise<void> {
    const code = (query.get('code') ?? '').trim().slice(0, 20);
    const letter = code ? await page.backend.letters.byCode(page.siteId, code) : null;
    const message = !code ? '请输入提交信件时得到的查询码' : letter ? '' : '没有找到这个查询码对应的信件,请核对后再试(查询码不区分大小写)';
    const view: InteractionQueryPage = {
      ...interactionBase(page.views, '办理查询', INTERACTION_PATHS.query),
      tabs: interactionTabs('query'),
      code: letter?.queryCode ?? code,
      justSubmitted: Boolean(letter) && query.get('new') === '1',
      message,
      letter: letter ? publicLetterView(letter) : null,
    };
    return page.render(code && !letter ? 404 : 200, 'interaction-query', view);
  }

  async function listPage(page: InteractionPage, query: URLSearchParams, context: SiteRequestContext): Promise<void> {
    const raw = query.get('page') ?? '1';
    if (!/^[1-9]\d{0,3}$/.test(raw) || Number(raw) > MAX_LIST_PAGE) return context.notFound();
    const number = Number(raw);
    const [letters, total] = await page.backend.letters.published(page.siteId, number, LETTERS_PER_PAGE);
    const pageCount = Math.min(MAX_LIST_PAGE, Math.max(1, Math.ceil(total / LETTERS_PER_PAGE)));
    if (number > pageCount) return context.notFound();
    const view: InteractionListPage = {
      ...interactionBase(page.views, '信件选登', INTERACTION_PATHS.letters),
      tabs: interactionTabs('letters'),
      total,
      letters: letters.map(publicLetterView),
      pagination: paginationView(number, pageCount, (n) => `${INTERACTION_PATHS.letters}?page=${n}`),
    };
    return page.render(200, 'interaction-list', view);
  }

  return [{ prefix: '/interaction', handle }];
}
