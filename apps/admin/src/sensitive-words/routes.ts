import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const sensitiveWordsArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('sensitive-words', () => import('./SensitiveWordsPage'))],
    site: [lazyRoute('sensitive-words', () => import('./SiteSensitiveWordsPage'))],
  },
  menu: [
    { scope: 'portal', path: 'sensitive-words', label: '敏感词库', order: 60 },
    { scope: 'site', path: 'sensitive-words', label: '本站敏感词', order: 75, roles: ['site_admin'] },
  ],
};
