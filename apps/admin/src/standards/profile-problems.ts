import { PARTS, type PartKey } from './profile';

/** The editor's fields a problem can be shown under, by the path the API's messages start with. */
const FIELDS = new Set([
  'portalName',
  'style.primaryColor',
  'style.accentColor',
  'style.textColor',
  'style.linkColor',
  'style.fontFamily',
  'style.baseFontSize',
  'footer.conacUrl',
  'footer.errorReportPath',
  ...['sponsor', 'organizer', 'contactPhone', 'contactAddress', 'idCode', 'icp', 'psb'].map((item) => `footer.defaults.${item}`),
  'skeleton.portal',
  'skeleton.department',
  'skeleton.township',
  'metadata.descriptionChars',
  'allowedDomainSuffixes',
]);

/** Messages that name no path but whose words tell the standard (栏目 names, 风格「…」). */
const KEYWORDS: [RegExp, PartKey][] = [
  [/栏目/, 'skeleton'],
  [/风格/, 'style'],
];

export interface ProfileProblems {
  /** Every problem, by the standard (tab) it belongs to; `other` for the rest. */
  byPart: Partial<Record<PartKey | 'other', string[]>>;
  /** Problems to show under a field of the editor. */
  fields: { name: string[]; errors: string[] }[];
}

function partOfPath(path: string): PartKey | null {
  const field = path.split('.')[0];
  return PARTS.find((part) => (part.fields as readonly string[]).includes(field))?.key ?? null;
}

/**
 * Sorts the API's refusal of a profile — a 422's `problems`, or a 400's message of `; `-joined
 * field errors — into the tabs and fields they concern, e.g. `style.primaryColor 必须是…` goes
 * under 主色 on 统一风格, `footer.layout 缺少…` into 统一页脚's list.
 */
export function profileProblems(problems: readonly string[], message: string): ProfileProblems {
  const messages = problems.length ? problems : message.split(/;\s*/).filter(Boolean);
  const result: ProfileProblems = { byPart: {}, fields: [] };
  for (const text of messages) {
    const path = /^[A-Za-z]+(?:\.[A-Za-z]+)*/.exec(text)?.[0] ?? '';
    const part = partOfPath(path) ?? KEYWORDS.find(([words]) => words.test(text))?.[1] ?? 'other';
    (result.byPart[part] ??= []).push(text);
    if (FIELDS.has(path)) {
      const errors = text.slice(path.length).replace(/^[\s::]+/, '') || text;
      const existing = result.fields.find((field) => field.name.join('.') === path);
      if (existing) existing.errors.push(errors);
      else result.fields.push({ name: path.split('.'), errors: [errors] });
    }
  }
  return result;
}
