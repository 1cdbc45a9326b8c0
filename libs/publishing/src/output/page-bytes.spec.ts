import { PageBytes } from './page-bytes';

describe('PageBytes', () => {
  it('encodes text pages as UTF-8, 4-byte characters included', () => {
    const page = '<p>政务公开 😀 𠀀</p>';
    expect(Buffer.from(PageBytes.of(page)).equals(Buffer.from(page))).toBe(true);
  });

  it('encodes a page larger than its buffer whole', () => {
    const page = '政'.repeat(200_000) + 'end';
    const bytes = PageBytes.of(page);
    expect(bytes.length).toBe(600_003);
    expect(bytes.subarray(-3).toString()).toBe('end');
  });

  it('passes binary files through', () => {
    const file = Buffer.from([0, 1, 2]);
    expect(PageBytes.of(file)).toBe(file);
  });
});
