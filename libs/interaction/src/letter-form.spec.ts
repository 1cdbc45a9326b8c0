import { readLetterForm } from './letter-form';
import { maskedName } from './letter-views';
import { newQueryCode, normalizeQueryCode } from './query-code';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('readLetterForm', () => {
  const letter = { name: '李明', phone: '0371-12345678', subject: '建议', body: '内容' };

  it('accepts a 领导信箱 letter and keeps only what a mailbox letter has', () => {
    const result = readLetterForm('mailbox', form({ ...letter, pageUrl: 'http://x.test/', publicConsent: 'on' }));
    expect(result).toEqual({
      ok: true,
      input: { kind: 'mailbox', ...letter, email: '', errorType: '', pageUrl: '', publicConsent: true },
    });
  });

  it('names every missing or wrong field in Chinese', () => {
    const result = readLetterForm('mailbox', form({ phone: 'abc', email: 'x@', body: '长'.repeat(5001) }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      name: '请填写姓名',
      phone: '联系电话只能包含数字、空格和 + - ( )',
      email: '电子邮箱格式不正确',
      subject: '请填写信件标题',
      body: '信件内容不能超过 5000 个字',
    });
  });

  it('counts characters, not UTF-16 units: 100 emoji fit a 100-character subject', () => {
    expect(readLetterForm('mailbox', form({ ...letter, subject: '😀'.repeat(100) })).ok).toBe(true);
    expect(readLetterForm('mailbox', form({ ...letter, subject: '😀'.repeat(101) })).ok).toBe(false);
  });

  it('drops control characters, keeps line breaks, trims', () => {
    const result = readLetterForm('mailbox', form({ ...letter, name: ' 李\u0000明 ', body: '第一行\r\n第二行\u0007' }));
    expect(result.ok && [result.input.name, result.input.body]).toEqual(['李 明', '第一行\n第二行']);
  });

  it('requires the page, the kind and a description of a 找错 report, not a name', () => {
    const good = readLetterForm(
      'error_report',
      form({ errorType: '错别字', pageUrl: 'https://www.zhanqun.test/a.html', body: '第二段有错字' }),
    );
    expect(good.ok && good.input).toMatchObject({ kind: 'error_report', subject: '网站找错:错别字', name: '', publicConsent: false });
    const bad = readLetterForm('error_report', form({ errorType: '别的', pageUrl: 'javascript:alert(1)' }));
    expect(!bad.ok && bad.errors).toEqual({
      errorType: '请选择问题类型',
      pageUrl: '问题页面地址应以 http:// 或 https:// 开头',
      body: '请填写问题描述',
    });
  });
});

describe('query codes', () => {
  it('are 12 unambiguous characters, read back whatever the case and spacing', () => {
    const code = newQueryCode();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/);
    expect(normalizeQueryCode(` ${code.slice(0, 4).toLowerCase()}-${code.slice(4)} `)).toBe(code);
    expect(normalizeQueryCode('0O1IL0O1IL00')).toBeNull();
    expect(normalizeQueryCode('<script>')).toBeNull();
    expect(new Set(Array.from({ length: 1000 }, newQueryCode)).size).toBe(1000);
  });

  it('mask the writer on public pages', () => {
    expect([maskedName('张三'), maskedName('欧阳娜娜'), maskedName('王'), maskedName('')]).toEqual(['张*', '欧***', '王*', '匿名']);
  });
});
