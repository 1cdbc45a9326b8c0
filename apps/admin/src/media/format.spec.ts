import { formatBytes, usedPercent } from './format';

describe('media sizes', () => {
  it('reads bytes as people do', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2 * 1024 ** 3)).toBe('2 GB');
    expect(formatBytes(10.25 * 1024 ** 2)).toBe('10.3 MB');
  });

  it('caps the used share at 100 and treats an empty quota as full', () => {
    expect(usedPercent(512, 1024)).toBe(50);
    expect(usedPercent(2048, 1024)).toBe(100);
    expect(usedPercent(0, 0)).toBe(100);
    expect(usedPercent(1, 1024 ** 3)).toBe(0);
  });
});
