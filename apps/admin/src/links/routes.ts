import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const linksArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('links', () => import('./LinksPage'))],
  },
  menu: [{ scope: 'portal', path: 'links', label: '政府网站链接', order: 80 }],
};
