const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
/** The smallest central directory entry: a 46-byte header and an empty name. */
const MIN_ENTRY_BYTES = 46;

/**
 * The number of entries a zip's central directory claims (ZIP64 included), or null when the
 * buffer has no end-of-central-directory record. Read before handing a zip to an unzipper, which
 * trusts this number and would loop or allocate for billions of entries a 150-byte file can claim.
 */
export function zipEntryCount(zip: Buffer): number | null {
  const lowest = Math.max(0, zip.length - 22 - 0xffff);
  for (let at = zip.length - 22; at >= lowest; at--) {
    if (zip.readUInt32LE(at) !== EOCD) continue;
    const count = zip.readUInt16LE(at + 10);
    if (count !== 0xffff || at < 20 || zip.readUInt32LE(at - 20) !== ZIP64_LOCATOR) return count;
    const record = Number(zip.readBigUInt64LE(at - 20 + 8));
    if (record + 56 > zip.length || zip.readUInt32LE(record) !== ZIP64_EOCD) return null;
    return Number(zip.readBigUInt64LE(record + 32));
  }
  return null;
}

/** True when the zip claims at most `maxEntries` entries and no more than its size can hold. */
export function plausibleZip(zip: Buffer, maxEntries: number): boolean {
  const count = zipEntryCount(zip);
  return count !== null && count <= maxEntries && count * MIN_ENTRY_BYTES <= zip.length;
}
