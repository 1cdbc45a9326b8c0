import { lazyRoute, type ConsoleArea } from '../app/console-area';
import type { Role } from '../auth/session';

/**
 * Who decides on submissions: the target site's site_admin and editors, and platform admins. The
 * queue and statistics are global screens; the API shows each user their own sites' submissions.
 */
const DECIDERS: Role[] = ['site_admin', 'editor'];

export const syndicationArea: ConsoleArea = {
  routes: {
    global: [
      lazyRoute('syndication', () => import('./SyndicationQueuePage')),
      lazyRoute('syndication/stats', () => import('./SyndicationStatsPage')),
    ],
    site: [lazyRoute('syndications', () => import('./SiteSyndicationsPage'))],
  },
  menu: [
    { scope: 'global', path: 'syndication', label: '信息报送', order: 20, roles: DECIDERS },
    { scope: 'global', path: 'syndication/stats', label: '报送统计', order: 25, roles: DECIDERS },
    { scope: 'site', path: 'syndications', label: '报送记录', order: 60, roles: DECIDERS },
  ],
};
