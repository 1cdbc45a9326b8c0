import { rateKey } from './rate-key';

describe('rateKey', () => {
  it('counts IPv4 addresses one by one, mapped or not', () => {
    expect(rateKey('203.0.113.7')).toBe('203.0.113.7');
    expect(rateKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('counts an IPv6 /64 as one address', () => {
    expect(rateKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(rateKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
  });

  it('keeps anything else as it came', () => {
    expect(rateKey('unknown')).toBe('unknown');
  });
});
