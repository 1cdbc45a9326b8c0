import { parseAliases, primaryHostFor, siteUrl } from './site-url';

describe('site domains', () => {
  it('gives the portal www. and every other site its code', () => {
    expect(primaryHostFor('portal', 'xxx', 'gov.example.cn')).toBe('www.gov.example.cn');
    expect(primaryHostFor('department', 'jyj', 'gov.example.cn')).toBe('jyj.gov.example.cn');
  });

  it('adds the public port unless it is 80', () => {
    expect(siteUrl('jyj.zhanqun.localhost', 8080)).toBe('http://jyj.zhanqun.localhost:8080/');
    expect(siteUrl('jyj.gov.cn', null)).toBe('http://jyj.gov.cn/');
  });

  it('reads aliases typed one per line or with commas', () => {
    expect(parseAliases(' JYJ.old.gov.cn.\nwww.jyj.gov.cn, jyj.old.gov.cn ,, ')).toEqual(['jyj.old.gov.cn', 'www.jyj.gov.cn']);
    expect(parseAliases('')).toEqual([]);
  });
});
