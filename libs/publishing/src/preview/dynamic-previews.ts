import { fixtures, type InteractionListPage, type InteractionQueryPage, type PageBase, type PageType } from '@zhanqun/templating';
import { INTERACTION_PATHS, interactionBase, interactionTabs, letterFormView } from '../render/interaction-views';
import type { PageViews } from '../render/page-views';

/**
 * The pages apps/site renders per request (search, 互动交流) have no file to preview: they are
 * shown in the site's real layout, navigation and footer, with sample results and letters.
 */
export function dynamicPreview(views: PageViews, path: string): { type: PageType; view: PageBase } | null {
  switch (path) {
    case '/search': {
      const base = views.base(`搜索:招生 - ${views.site.name}`, [], null);
      base.breadcrumb.push({ name: '搜索结果', url: '/search' });
      return { type: 'search', view: { ...fixtures.search(), ...base } };
    }
    case INTERACTION_PATHS.mailbox:
      return { type: 'interaction-form', view: letterFormView(views, 'mailbox') };
    case INTERACTION_PATHS.errorReport:
      return { type: 'interaction-form', view: letterFormView(views, 'error_report') };
    case INTERACTION_PATHS.query: {
      const view: InteractionQueryPage = {
        ...fixtures.interactionQuery(),
        ...interactionBase(views, '办理查询', path),
        tabs: interactionTabs('query'),
      };
      return { type: 'interaction-query', view };
    }
    case INTERACTION_PATHS.letters: {
      const view: InteractionListPage = {
        ...fixtures.interactionList(),
        ...interactionBase(views, '信件选登', path),
        tabs: interactionTabs('letters'),
      };
      return { type: 'interaction-list', view };
    }
    default:
      return null;
  }
}
