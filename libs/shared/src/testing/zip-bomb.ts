/** `PK\3\4`, padding, a ZIP64 end record claiming 2^32-1 entries, its locator and a classic end record claiming 0xFFFF. */
export function zip64Bomb(): Buffer {
  const head = Buffer.alloc(30);
  head.writeUInt32LE(0x04034b50, 0);
  const zip64 = Buffer.alloc(56);
  zip64.writeUInt32LE(0x06064b50, 0);
  zip64.writeBigUInt64LE(0xffffffffn, 24);
  zip64.writeBigUInt64LE(0xffffffffn, 32);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(head.length), 8);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  return Buffer.concat([head, zip64, locator, end]);
}
