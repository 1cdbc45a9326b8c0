import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const usersArea: ConsoleArea = {
  routes: {
    site: [lazyRoute('users', () => import('./SiteUsersPage'))],
    portal: [lazyRoute('users', () => import('./PlatformUsersPage'))],
  },
  menu: [
    { scope: 'site', path: 'users', label: '本站用户', order: 70, roles: ['site_admin'] },
    { scope: 'portal', path: 'users', label: '用户与授权', order: 20 },
  ],
};
