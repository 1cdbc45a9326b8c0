import { zipSync, strToU8 } from 'fflate';
import { zip64Bomb } from '@zhanqun/testing';
import { sniffFileType } from './file-type';
import { uploadName } from './upload-name';

describe('sniffFileType', () => {
  const zip = (files: Record<string, string>) =>
    Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
  const ole2 = (stream: string) =>
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);

  it('refuses a tiny zip that claims billions of entries, without unzipping it', () => {
    expect(sniffFileType(zip64Bomb())).toBeNull();
  });

  it.each([
    [Buffer.from('ffd8ffe000104a464946', 'hex'), 'jpg'],
    [Buffer.from('89504e470d0a1a0a0000', 'hex'), 'png'],
    [Buffer.from('GIF89a....'), 'gif'],
    [Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'), 'webp'],
    [Buffer.from('%PDF-1.4\n'), 'pdf'],
    [zip({ '[Content_Types].xml': '', 'word/document.xml': '' }), 'docx'],
    [zip({ '[Content_Types].xml': '', 'xl/workbook.xml': '' }), 'xlsx'],
    [zip({ '[Content_Types].xml': '', 'ppt/presentation.xml': '' }), 'pptx'],
    [zip({ 'a.txt': 'x' }), 'zip'],
    [ole2('WordDocument'), 'doc'],
    [ole2('Workbook'), 'xls'],
    [ole2('PowerPoint Document'), 'ppt'],
  ])('recognises %#: %s', (content, ext) => {
    expect(sniffFileType(content)?.ext).toBe(ext);
  });

  it.each([
    ['an executable', Buffer.from('MZ\x90\0')],
    ['svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
    ['html', Buffer.from('<html><script></script>')],
    ['plain text', Buffer.from('通知')],
    ['an OLE2 file of unknown kind', ole2('Something')],
    ['a truncated zip', Buffer.from('504b0304140000000800', 'hex')],
  ])('refuses %s', (_, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});

describe('uploadName', () => {
  it.each([
    ['通知.pdf', 'pdf', '通知.pdf'],
    ['Photo.JPEG', 'jpg', 'Photo.JPEG'],
    ['C:\\Users\\a\\名单.pdf', 'pdf', '名单.pdf'],
    ['../../etc/passwd', 'pdf', 'passwd.pdf'],
    ['报告.exe', 'pdf', '报告.exe.pdf'],
    ['', 'zip', '附件.zip'],
    ['a\u0000b\u001f.pdf', 'pdf', 'ab.pdf'],
    ['😀'.repeat(300) + '.pdf', 'pdf', '😀'.repeat(196) + '.pdf'],
  ])('%j as %s → %s', (original, ext, expected) => {
    expect(uploadName(original, ext)).toBe(expected);
  });
});
