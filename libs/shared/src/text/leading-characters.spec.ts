import { leadingCharacters } from './leading-characters';

describe('leadingCharacters', () => {
  it('keeps whole characters, a surrogate pair counting as one', () => {
    expect(leadingCharacters('政务公开', 2)).toBe('政务');
    expect(leadingCharacters('😀𠀀abc', 2)).toBe('😀𠀀');
    expect(leadingCharacters('a😀b', 2)).toBe('a😀');
  });

  it('returns the whole text when it is shorter, and nothing for zero', () => {
    expect(leadingCharacters('通知', 10)).toBe('通知');
    expect(leadingCharacters('通知', 0)).toBe('');
    expect(leadingCharacters('', 3)).toBe('');
  });
});
