import Handlebars from 'handlebars';
import { deepFreeze, memoizedPartial } from './memoized-partial';

describe('memoizedPartial', () => {
  const counted = () => {
    let calls = 0;
    const template = Handlebars.compile('{{site.name}}|{{year}}');
    return { partial: memoizedPartial((context: unknown) => (calls++, template(context)), ['site', 'year']), calls: () => calls };
  };

  it('renders once for the same frozen inputs, whatever else the context holds', () => {
    const { partial, calls } = counted();
    const site = deepFreeze({ name: '示范县教育局' });
    expect(partial({ site, year: 2026, pageTitle: 'a' })).toBe('示范县教育局|2026');
    expect(partial({ site, year: 2026, pageTitle: 'b' })).toBe('示范县教育局|2026');
    expect(calls()).toBe(1);
    expect(partial({ site, year: 2027 })).toBe('示范县教育局|2027');
    expect(calls()).toBe(2);
  });

  it('renders every time when an input is not frozen: it could have changed since', () => {
    const { partial, calls } = counted();
    const site = { name: '示范县教育局' };
    partial({ site, year: 2026 });
    site.name = '示范县民政局';
    expect(partial({ site, year: 2026 })).toBe('示范县民政局|2026');
    expect(calls()).toBe(2);
  });

  it('freezes deeply', () => {
    const value = deepFreeze({ links: [{ name: 'a' }] });
    expect(Object.isFrozen(value.links[0])).toBe(true);
  });
});
