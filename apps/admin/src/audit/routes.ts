import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const auditArea: ConsoleArea = {
  routes: {
    portal: [lazyRoute('audit', () => import('./AuditLogPage'))],
  },
  menu: [{ scope: 'portal', path: 'audit', label: '审计日志', order: 90 }],
};
