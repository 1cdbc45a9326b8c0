import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const reviewsArea: ConsoleArea = {
  routes: {
    global: [lazyRoute('reviews', () => import('./ReviewInboxPage')), lazyRoute('reviews/:taskId', () => import('./ReviewTaskPage'))],
    portal: [lazyRoute('stalled-reviews', () => import('./StalledReviewsPage'))],
  },
  menu: [
    {
      scope: 'global',
      path: 'reviews',
      label: '审核待办',
      order: 10,
      roles: ['leader', 'portal_reviewer', 'security_reviewer', 'platform_admin'],
    },
    { scope: 'portal', path: 'stalled-reviews', label: '无人可审的任务', order: 35 },
  ],
};
