import { loadConfig } from '@zhanqun/shared';
import { createInteractionRoutes } from '../interaction/interaction-routes';
import { LetterRateLimit } from '../interaction/letter-rate-limit';
import { createSearchRoutes } from '../search/search-routes';
import type { DynamicRoute } from '../server';
import { LazyBackend } from './backend';
import { answeringOutages } from './outage';

export interface DynamicRoutes {
  routes: DynamicRoute[];
  close(): Promise<void>;
}

/**
 * The database-backed paths of apps/site (search, 互动交流), read with the settings apps/api
 * and the worker read (DATABASE_URL, REDIS_URL, PLATFORM_DOMAIN ...).
 */
export function createDynamicRoutes(config = loadConfig(), backend = new LazyBackend(config)): DynamicRoutes {
  const rateLimit = new LetterRateLimit(config);
  return {
    routes: [...createSearchRoutes(config, backend), ...createInteractionRoutes(config, backend, rateLimit)].map(answeringOutages),
    close: async () => {
      await Promise.all([backend.close(), rateLimit.close()]);
    },
  };
}
