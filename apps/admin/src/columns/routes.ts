import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const columnsArea: ConsoleArea = {
  routes: {
    site: [lazyRoute('columns', () => import('./ColumnsPage'))],
  },
  menu: [{ scope: 'site', path: 'columns', label: '栏目管理', order: 20, roles: ['site_admin', 'editor'] }],
};
