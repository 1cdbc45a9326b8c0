import { Site } from '@zhanqun/tenancy';
import type { SiteRequestContext } from '../server';
import type { DynamicBackend, LazyBackend } from './backend';

/**
 * The backend and the requesting site's row, or null once it has answered itself: `unavailable`
 * when the database is out of reach, the site's 404 when the row is gone.
 */
export async function backendForSite(
  backend: LazyBackend,
  context: SiteRequestContext,
  unavailable: () => void,
): Promise<{ backend: DynamicBackend; site: Site } | null> {
  let ready: DynamicBackend;
  try {
    ready = await backend.get();
  } catch {
    unavailable();
    return null;
  }
  const site = await ready.db.platform(Site).findOneBy({ code: context.site.code });
  if (!site) {
    context.notFound();
    return null;
  }
  return { backend: ready, site };
}
