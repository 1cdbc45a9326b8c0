import type { EntryLink } from '@zhanqun/templating';

/**
 * The standard 互动交流 columns (统一栏目) whose single page fronts a citizens' service of
 * apps/site: the page keeps the unit's own text (写信须知) and adds the way in.
 */
const ENTRIES: Readonly<Record<string, EntryLink[]>> = {
  'hdjl/ldxj': [
    { name: '我要写信', url: '/interaction/mailbox' },
    { name: '办理查询', url: '/interaction/query' },
    { name: '信件选登', url: '/interaction/letters' },
  ],
};

export function interactionEntries(columnPath: string): EntryLink[] {
  return ENTRIES[columnPath] ?? [];
}
