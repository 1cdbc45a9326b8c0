import type { IncomingMessage, ServerResponse } from 'node:http';
import { readLetterForm, type LetterInput, type LetterKind } from '@zhanqun/interaction';
import { INTERACTION_PATHS, letterFormView } from '@zhanqun/publishing';
import type { LazyBackend } from '../dynamic/backend';
import { isOutage } from '../dynamic/outage';
import { sendDynamic, sendRedirect, unavailablePage } from '../dynamic/send';
import type { SiteRequestContext } from '../server';
import { readFormBody } from './form-body';
import type { LetterRateLimit } from './letter-rate-limit';
import { withInteractionPage, type InteractionPage } from './page-context';

const KEPT = '您填写的内容仍在下方,请稍后再次提交。';

/** A form posted from another site's page: browsers say so in Sec-Fetch-Site or Origin. */
function crossSite(request: IncomingMessage, host: string): boolean {
  if (request.headers['sec-fetch-site'] === 'cross-site') return true;
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return origin === 'null';
  try {
    return new URL(origin).hostname !== host;
  } catch {
    return true;
  }
}

/**
 * POST of a 领导信箱 or 找错 form: checked before any database work, limited per address, stored,
 * then 303 to the query page with the new code. A letter is never lost silently: whatever stops
 * it (bad fields, the limit, Redis or the database away) answers with the form still filled in.
 */
export function letterSubmission(backend: LazyBackend, rateLimit: LetterRateLimit, clientIp: (request: IncomingMessage) => string) {
  return async function submit(request: IncomingMessage, response: ServerResponse, context: SiteRequestContext, kind: LetterKind) {
    if (crossSite(request, context.host)) {
      request.resume();
      return sendDynamic(request, response, 403, 'text/html', unavailablePage('请在本站页面上填写并提交'), { Connection: 'close' });
    }
    const body = await readFormBody(request);
    await withInteractionPage(backend, request, response, context, async (page) => {
      const form = (status: number, values: Partial<LetterInput>, errors = {}, message = '', headers?: Record<string, string>) =>
        page.render(status, 'interaction-form', letterFormView(page.views, kind, values, errors, message), headers);

      if (!body.ok) return form(body.status, {}, {}, body.message, { Connection: 'close' });
      const checked = readLetterForm(kind, body.form);
      if (!checked.ok) return form(422, checked.values, checked.errors, '提交未成功,请按提示修改后再提交。');

      const ip = clientIp(request);
      let decision;
      try {
        decision = await rateLimit.take(ip);
      } catch {
        return form(503, checked.input, {}, `暂时无法提交。${KEPT}`, { 'Retry-After': '60' });
      }
      if (!decision.ok) {
        const minutes = Math.max(1, Math.ceil(decision.retryAfterSeconds / 60));
        return form(429, checked.input, {}, `提交过于频繁,请 ${minutes} 分钟后再试。`, {
          'Retry-After': String(decision.retryAfterSeconds),
        });
      }
      await store(page, checked.input, ip, response, form, () => rateLimit.refund(ip));
    });
  };
}

async function store(
  page: InteractionPage,
  input: LetterInput,
  ip: string,
  response: ServerResponse,
  form: (status: number, values: Partial<LetterInput>, errors: object, message: string, headers?: Record<string, string>) => Promise<void>,
  refund: () => Promise<void>,
): Promise<void> {
  let code: string;
  try {
    code = (await page.backend.letters.submit(page.siteId, input, ip)).queryCode;
  } catch (error) {
    if (!isOutage(error)) throw error;
    await refund().catch(() => undefined); // the letter was not stored: it does not count
    return form(503, input, {}, `暂时无法保存来信。${KEPT}`, { 'Retry-After': '60' }).catch(() => page.unavailable());
  }
  sendRedirect(response, 303, `${INTERACTION_PATHS.query}?code=${code}&new=1`);
}
