import type { ServerResponse, IncomingMessage } from 'node:http';
import { PageViews } from '@zhanqun/publishing';
import { runInTenant } from '@zhanqun/shared';
import type { PageBase, PageType } from '@zhanqun/templating';
import type { DynamicBackend, LazyBackend } from '../dynamic/backend';
import { sendDynamic, unavailablePage } from '../dynamic/send';
import { backendForSite } from '../dynamic/site-backend';
import type { SiteRequestContext } from '../server';

export const UNAVAILABLE = '互动交流服务暂时不可用,请稍后再试';

/** What an interaction page needs: the backend, the site, its layout's views and a renderer. */
export interface InteractionPage {
  backend: DynamicBackend;
  siteId: number;
  views: PageViews;
  render(status: number, type: PageType, view: PageBase, headers?: Record<string, string>): Promise<void>;
  unavailable(): void;
}

/**
 * Loads the site and its theme for one request and runs `work` with them in the site's tenant
 * context (what the letters and templates read is that site's); or answers 503/404 itself.
 */
export async function withInteractionPage(
  backend: LazyBackend,
  request: IncomingMessage,
  response: ServerResponse,
  context: SiteRequestContext,
  work: (page: InteractionPage) => Promise<void>,
): Promise<void> {
  const unavailable = () => sendDynamic(request, response, 503, 'text/html', unavailablePage(UNAVAILABLE), { 'Retry-After': '60' });
  const found = await backendForSite(backend, context, unavailable);
  if (!found) return;
  const siteId = found.site.id;
  return runInTenant({ siteId }, async () => {
    const snapshot = await found.backend.snapshots.load(siteId);
    if (!snapshot) return context.notFound();
    return work({
      backend: found.backend,
      siteId,
      views: new PageViews(snapshot),
      unavailable,
      render: async (status, type, view, headers) =>
        sendDynamic(request, response, status, 'text/html', (await found.backend.themes.themeFor(siteId)).render(type, view), headers),
    });
  });
}
