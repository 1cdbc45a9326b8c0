import { isEmail, isURL } from 'class-validator';
import { ERROR_TYPES, type LetterKind } from './letter.entity';

/** What a citizen's form holds once it is checked: plain text, trimmed. */
export interface LetterInput {
  kind: LetterKind;
  name: string;
  phone: string;
  email: string;
  subject: string;
  body: string;
  errorType: string;
  pageUrl: string;
  publicConsent: boolean;
}

export type LetterField = 'name' | 'phone' | 'email' | 'subject' | 'body' | 'errorType' | 'pageUrl';

export type LetterFormResult =
  | { ok: true; input: LetterInput }
  | { ok: false; errors: Partial<Record<LetterField, string>>; values: Record<LetterField, string> & { publicConsent: boolean } };

const LIMITS: Record<LetterField, number> = { name: 50, phone: 30, email: 100, subject: 100, body: 5000, errorType: 20, pageUrl: 500 };
const PHONE = /^[0-9+\-() ]{5,30}$/;

/** Characters, not UTF-16 units: the database counts 4-byte characters (emoji) as one. */
const length = (text: string) => [...text].length;

/** Line breaks kept (as \n), every other control character dropped. */
function clean(raw: string | null, multiline: boolean): string {
  const text = (raw ?? '').replace(/\r\n?/g, '\n').normalize('NFC');
  return (multiline ? text.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '') : text.replace(/[\u0000-\u001f\u007f]/g, ' ')).trim();
}

/**
 * Checks a 领导信箱 or 找错 form (application/x-www-form-urlencoded fields) and says, per field,
 * what is wrong in words a citizen understands.
 */
export function readLetterForm(kind: LetterKind, form: URLSearchParams): LetterFormResult {
  const values = {
    name: clean(form.get('name'), false),
    phone: clean(form.get('phone'), false),
    email: clean(form.get('email'), false),
    subject: clean(form.get('subject'), false),
    body: clean(form.get('body'), true),
    errorType: clean(form.get('errorType'), false),
    pageUrl: clean(form.get('pageUrl'), false),
    publicConsent: form.get('publicConsent') === 'on',
  };
  const errors: Partial<Record<LetterField, string>> = {};
  const required: LetterField[] = kind === 'mailbox' ? ['name', 'phone', 'subject', 'body'] : ['errorType', 'pageUrl', 'body'];
  const labels: Record<LetterField, string> = {
    name: '姓名',
    phone: '联系电话',
    email: '电子邮箱',
    subject: '信件标题',
    body: kind === 'mailbox' ? '信件内容' : '问题描述',
    errorType: '问题类型',
    pageUrl: '问题页面地址',
  };
  for (const field of Object.keys(LIMITS) as LetterField[]) {
    const value = values[field];
    if (!value) {
      if (required.includes(field)) errors[field] = `请填写${labels[field]}`;
    } else if (length(value) > LIMITS[field]) {
      errors[field] = `${labels[field]}不能超过 ${LIMITS[field]} 个字`;
    }
  }
  if (values.phone && !errors.phone && !PHONE.test(values.phone)) errors.phone = '联系电话只能包含数字、空格和 + - ( )';
  if (values.email && !errors.email && !isEmail(values.email)) errors.email = '电子邮箱格式不正确';
  if (values.errorType && !(ERROR_TYPES as readonly string[]).includes(values.errorType)) errors.errorType = '请选择问题类型';
  if (
    values.pageUrl &&
    !errors.pageUrl &&
    !isURL(values.pageUrl, { protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  ) {
    errors.pageUrl = '问题页面地址应以 http:// 或 https:// 开头';
  }
  if (Object.keys(errors).length) return { ok: false, errors, values };
  const subject = kind === 'mailbox' ? values.subject : `网站找错:${values.errorType}`;
  return { ok: true, input: { kind, ...values, subject, ...(kind === 'mailbox' ? { errorType: '', pageUrl: '' } : {}) } };
}
