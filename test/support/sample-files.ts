import { zipSync, strToU8 } from 'fflate';
import sharp from 'sharp';

/** Small real files of each kind an upload test needs, made in memory. */
export const sampleFiles = {
  png: (width = 800, height = 600) =>
    sharp({ create: { width, height, channels: 3, background: { r: 181, g: 18, b: 27 } } })
      .png()
      .toBuffer(),
  jpeg: () =>
    sharp({ create: { width: 640, height: 480, channels: 3, background: '#2a6ebb' } })
      .jpeg()
      .toBuffer(),
  pdf: (padding = 0) =>
    Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\n'), Buffer.alloc(padding, 0x20), Buffer.from('%%EOF\n')]),
  docx: () =>
    Buffer.from(
      zipSync({
        '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
        'word/document.xml': strToU8('<w:document/>'),
      }),
    ),
  xlsx: () => Buffer.from(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') })),
  zip: () => Buffer.from(zipSync({ 'readme.txt': strToU8('材料清单') })),
  /** An OLE2 compound file whose directory names a Word stream. */
  doc: () =>
    Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(504),
      Buffer.from('Root Entry', 'utf16le'),
      Buffer.alloc(54),
      Buffer.from('WordDocument', 'utf16le'),
      Buffer.alloc(512),
    ]),
  exe: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]),
  svg: () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
  html: () => Buffer.from('<!doctype html><script>alert(1)</script>'),
  /** A PNG signature followed by garbage: passes a magic-byte check, fails to decode. */
  brokenPng: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300, 7)]),
};
