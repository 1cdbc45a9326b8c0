import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const templatesArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('templates', () => import('./TemplatesPage'))],
  },
  menu: [
    { scope: 'portal', path: 'templates', label: '模板管理', order: 50 },
  ],
};
