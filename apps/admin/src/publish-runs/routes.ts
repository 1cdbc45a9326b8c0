import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const publishRunsArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('runs', () => import('./PublishRunsPage'))],
  },
  menu: [{ scope: 'portal', path: 'runs', label: '发布任务', order: 85 }],
};
