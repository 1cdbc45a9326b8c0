import { ERROR_TYPES, maskedName, type Letter, type LetterField, type LetterKind } from '@zhanqun/interaction';
import type { PageViews } from './page-views';
import { chinaDate } from '@zhanqun/shared';
import type { FormFieldView, InteractionFormPage, InteractionTab, PageBase, PublicLetterView } from '@zhanqun/templating';

/** Paths of the 互动交流 pages under /interaction. */
export const INTERACTION_PATHS = {
  mailbox: '/interaction/mailbox',
  errorReport: '/interaction/error-report',
  query: '/interaction/query',
  letters: '/interaction/letters',
} as const;

type Tab = keyof typeof INTERACTION_PATHS;

const TAB_NAMES: Record<Tab, string> = { mailbox: '我要写信', errorReport: '我要找错', query: '办理查询', letters: '信件选登' };
const KIND_NAMES: Record<LetterKind, string> = { mailbox: '领导信箱', error_report: '网站找错' };
const FIELDS: LetterField[] = ['name', 'phone', 'email', 'subject', 'body', 'errorType', 'pageUrl'];
/** The standard 互动交流 column (统一栏目): nav highlights it and the breadcrumb passes through it. */
const INTERACTION_COLUMN_PATH = 'hdjl';

export function interactionTabs(active: Tab): InteractionTab[] {
  return (Object.keys(INTERACTION_PATHS) as Tab[]).map((tab) => ({
    name: TAB_NAMES[tab],
    url: INTERACTION_PATHS[tab],
    active: tab === active,
  }));
}

/** The layout's shared parts for an interaction page, with 首页 > 互动交流 > `title` as breadcrumb. */
export function interactionBase(views: PageViews, title: string, path: string): PageBase {
  const column = views.snapshot.columns.find((candidate) => candidate.path === INTERACTION_COLUMN_PATH);
  const base = views.base(`${title} - ${views.site.name}`, [], column?.id ?? null);
  base.breadcrumb.push({ name: title, url: path });
  return base;
}

/** The 领导信箱 or 找错 form, in the site's layout, with what was typed and what is wrong with it. */
export function letterFormView(
  views: PageViews,
  kind: LetterKind,
  values: Partial<Record<LetterField, string>> & { publicConsent?: boolean } = {},
  errors: Partial<Record<LetterField, string>> = {},
  message = '',
): InteractionFormPage {
  const isMailbox = kind === 'mailbox';
  const heading = isMailbox ? '领导信箱' : '我为政府网站找错';
  const action = isMailbox ? INTERACTION_PATHS.mailbox : INTERACTION_PATHS.errorReport;
  const fields = Object.fromEntries(
    FIELDS.map((field): [LetterField, FormFieldView] => [field, { value: values[field] ?? '', error: errors[field] ?? '' }]),
  ) as InteractionFormPage['fields'];
  return {
    ...interactionBase(views, heading, action),
    tabs: interactionTabs(isMailbox ? 'mailbox' : 'errorReport'),
    isMailbox,
    heading,
    action,
    fields,
    errorTypes: ERROR_TYPES.map((value) => ({ value, selected: value === values.errorType })),
    publicConsent: Boolean(values.publicConsent),
    message,
  };
}

/** A letter as citizens may see it: no phone, e-mail, IP or full name. */
export function publicLetterView(letter: Letter): PublicLetterView {
  return {
    kindName: KIND_NAMES[letter.kind],
    subject: letter.subject,
    text: letter.body,
    writer: maskedName(letter.name),
    date: chinaDate(letter.createdAt),
    statusName: letter.status === 'replied' ? '已答复' : '办理中',
    reply: letter.reply ?? '',
    replyDate: letter.repliedAt ? chinaDate(letter.repliedAt) : '',
  };
}
