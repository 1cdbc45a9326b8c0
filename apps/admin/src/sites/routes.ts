import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const sitesArea: ConsoleArea = {
  routes: {
    portal: [
      lazyRoute('sites', () => import('./SitesPage')),
      lazyRoute('sites/new', () => import('./SiteWizardPage')),
      lazyRoute('sites/:siteId', () => import('./SiteDetailPage')),
    ],
    site: [lazyRoute('settings', () => import('./SiteSettingsPage'))],
  },
  menu: [
    { scope: 'portal', path: 'sites', label: '站点管理', order: 10 },
    { scope: 'site', path: 'settings', label: '站点设置', order: 80, roles: ['site_admin'] },
  ],
};
