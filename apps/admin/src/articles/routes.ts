import { lazyRoute, type ConsoleArea } from '../app/console-area';

export const articlesArea: ConsoleArea = {
  routes: {
    site: [
      lazyRoute('articles', () => import('./ArticleListPage')),
      lazyRoute('articles/new', () => import('./ArticleEditorPage')),
      lazyRoute('articles/:articleId', () => import('./ArticleEditorPage')),
    ],
  },
  menu: [{ scope: 'site', path: 'articles', label: '文章管理', order: 30, roles: ['site_admin', 'editor', 'leader'] }],
};
