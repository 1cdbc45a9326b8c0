import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const dashboardArea: ConsoleArea = {
  routes: {
    site: [lazyRoute('', () => import('./DashboardPage'))],
  },
  menu: [{ scope: 'site', path: '', label: '工作台', order: 10 }],
};
