import type { components } from '../../api/schema';

export type Article = components['schemas']['ArticleResponse'];
export type ArticleFields = components['schemas']['CreateArticleDto'];
export type Revision = components['schemas']['RevisionResponse'];

/** What the editor's form holds: plain JSON (times as ISO strings), so a copy fits in localStorage. */
export interface ArticleFormValues {
  columnId?: number;
  title: string;
  subtitle: string;
  summary: string;
  body: string;
  source: string;
  author: string;
  keywords: string;
  coverImageId: number | null;
  attachmentIds: number[];
  headline: boolean;
  pictureNews: boolean;
  issuer: string;
  writtenOn: string | null;
  docNo: string;
  topic: string;
  validity: 'valid' | 'revised' | 'repealed';
  publishAt: string | null;
  expireAt: string | null;
}

/** The form's field names, in the order the API's validation messages are matched. */
export const FORM_FIELDS = [
  'columnId', 'title', 'subtitle', 'summary', 'body', 'source', 'author', 'keywords', 'coverImageId', 'attachmentIds',
  'headline', 'pictureNews', 'issuer', 'writtenOn', 'docNo', 'topic', 'validity', 'publishAt', 'expireAt',
] as const satisfies readonly (keyof ArticleFormValues)[]; // prettier-ignore

export function emptyValues(columnId?: number): ArticleFormValues {
  return {
    columnId,
    title: '',
    subtitle: '',
    summary: '',
    body: '',
    source: '',
    author: '',
    keywords: '',
    coverImageId: null,
    attachmentIds: [],
    headline: false,
    pictureNews: false,
    issuer: '',
    writtenOn: null,
    docNo: '',
    topic: '',
    validity: 'valid',
    publishAt: null,
    expireAt: null,
  };
}

/**
 * The article as the editor shows it. A live article with an edit awaiting review shows that edit
 * (its revision's content over the live article's other fields).
 */
export function valuesOf(article: Article, pending?: Revision | null): ArticleFormValues {
  const content = pending ?? article;
  return {
    ...emptyValues(content.columnId),
    ...Object.fromEntries(FORM_FIELDS.map((field) => [field, article[field]])),
    ...Object.fromEntries(FORM_FIELDS.filter((field) => field in content).map((field) => [field, content[field as keyof typeof content]])),
  } as ArticleFormValues;
}

/** The request body of a save: every field, trimmed texts (the API trims too). */
export function payloadOf(values: ArticleFormValues): ArticleFields {
  return { ...values, columnId: values.columnId!, title: values.title.trim() };
}

/**
 * What a save sends: the fields changed since the last save. A live article's edit is sent whole:
 * the API builds the revision from the live article plus the fields sent, so an earlier pending
 * change of another field would otherwise be lost.
 */
export function changesOf(values: ArticleFormValues, saved: ArticleFormValues, whole: boolean): Partial<ArticleFormValues> {
  if (sameValues(values, saved)) return {};
  if (whole) return values;
  return Object.fromEntries(FORM_FIELDS.filter((field) => !sameField(values, saved, field)).map((field) => [field, values[field]]));
}

const sameField = (a: ArticleFormValues, b: ArticleFormValues, field: keyof ArticleFormValues) =>
  JSON.stringify(a[field] ?? null) === JSON.stringify(b[field] ?? null);

/** Whether two sets of values would save the same article. */
export function sameValues(a: ArticleFormValues, b: ArticleFormValues): boolean {
  return FORM_FIELDS.every((field) => sameField(a, b, field));
}
