import { strToU8, zipSync } from 'fflate';
import { zip64Bomb } from '../testing/zip-bomb';
import { plausibleZip, zipEntryCount } from './zip-directory';

describe('zip directory checks', () => {
  it('reads the entry count of a real zip', () => {
    const zip = Buffer.from(zipSync({ 'a.txt': strToU8('a'), 'b/c.txt': strToU8('c') }));
    expect(zipEntryCount(zip)).toBe(2);
    expect(plausibleZip(zip, 10)).toBe(true);
    expect(plausibleZip(zip, 1)).toBe(false);
  });

  it('refuses a tiny file claiming billions of entries (ZIP64) and anything without a directory', () => {
    const bomb = zip64Bomb();
    expect(bomb.length).toBeLessThan(200);
    expect(zipEntryCount(bomb)).toBe(0xffffffff);
    expect(plausibleZip(bomb, 1_000_000)).toBe(false);
    expect(zipEntryCount(Buffer.from('PK\u0003\u0004 not really a zip'))).toBeNull();
    expect(zipEntryCount(Buffer.alloc(0))).toBeNull();
  });
});
