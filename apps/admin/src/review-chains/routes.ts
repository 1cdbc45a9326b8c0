import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const reviewChainsArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('review-chains', () => import('./ReviewChainsPage'))],
  },
  menu: [{ scope: 'portal', path: 'review-chains', label: '审核流程', order: 30 }],
};
