import { fileNameOf } from './download';

describe('the name of a downloaded file', () => {
  it('prefers the UTF-8 name', () => {
    const header = `attachment; filename="syndication-stats.xlsx"; filename*=UTF-8''${encodeURIComponent('信息报送统计_2026-01-01_2026-12-31.xlsx')}`;
    expect(fileNameOf(header)).toBe('信息报送统计_2026-01-01_2026-12-31.xlsx');
  });

  it('falls back to the plain name, and to nothing without a header', () => {
    expect(fileNameOf('attachment; filename="stats.xlsx"')).toBe('stats.xlsx');
    expect(fileNameOf("attachment; filename=stats.xlsx; filename*=UTF-8''%E0%A4%A")).toBe('stats.xlsx');
    expect(fileNameOf(null)).toBeNull();
  });
});
