import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const mediaArea: ConsoleArea = {
  routes: {
    site: [lazyRoute('media', () => import('./MediaLibraryPage'))],
  },
  menu: [{ scope: 'site', path: 'media', label: '媒体库', order: 40, roles: ['site_admin', 'editor'] }],
};
