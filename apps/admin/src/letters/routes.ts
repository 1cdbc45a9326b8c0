import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const lettersArea: ConsoleArea = {
  routes: {
    site: [lazyRoute('letters', () => import('./LettersPage')), lazyRoute('letters/:letterId', () => import('./LetterPage'))],
  },
  menu: [{ scope: 'site', path: 'letters', label: '互动信件', order: 50, roles: ['site_admin', 'letter_handler', 'leader'] }],
};
