import { ApiError, fieldMessages } from '../api/errors';
import { FOOTER_FIELDS } from './FooterFields';

/** A form field of the wizard: a name, or a path into `admin`. */
type Name = string | [string, string];

export const STEPS: { title: string; fields: Name[] }[] = [
  { title: '基本信息', fields: ['code', 'name', 'kind', 'category'] },
  { title: '页脚信息', fields: [...FOOTER_FIELDS] },
  { title: '域名', fields: ['aliasesText'] },
  {
    title: '管理员',
    fields: [
      ['admin', 'username'],
      ['admin', 'displayName'],
    ],
  },
  { title: '确认', fields: [] },
];

export function stepOf(field: Name): number {
  return STEPS.findIndex((step) => step.fields.some((name) => String(name) === String(field)));
}

/** Where the API's refusal of the whole site belongs: a field (and so a step), or the page. */
export function errorFields(error: unknown): { fields: [Name, string][]; rest: string[] } {
  if (error instanceof ApiError && error.status === 409) {
    const field: Name = /代码/.test(error.message) ? 'code' : /用户名|username/.test(error.message) ? ['admin', 'username'] : 'aliasesText';
    return { fields: [[field, error.message]], rest: [] };
  }
  const names = [...STEPS[0].fields, ...FOOTER_FIELDS, 'aliases', 'admin.username', 'admin.displayName'] as string[];
  const { fields, rest } = fieldMessages(error, names);
  const domainProblems = rest.filter((text) => /别名|域名/.test(text));
  return {
    fields: [
      ...Object.entries(fields).map(([name, text]): [Name, string] => [
        name === 'aliases' ? 'aliasesText' : name.startsWith('admin.') ? (name.split('.') as [string, string]) : name,
        text,
      ]),
      ...domainProblems.map((text): [Name, string] => ['aliasesText', text]),
    ],
    rest: rest.filter((text) => !domainProblems.includes(text)),
  };
}
