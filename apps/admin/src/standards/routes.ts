import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const standardsArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('standards', () => import('./StandardsPage'))],
  },
  menu: [{ scope: 'portal', path: 'standards', label: '八统一标准', order: 40 }],
};
