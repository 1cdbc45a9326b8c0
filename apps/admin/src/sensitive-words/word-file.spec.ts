import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { decodeWordFile, wordsOf } from './word-file';

// jsdom lacks TextDecoder/TextEncoder; Node's (with full ICU) decode GB18030 as browsers do.
Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder });

describe('an uploaded word list', () => {
  it('reads UTF-8, with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF赌博\n代开发票');
    expect(wordsOf(decodeWordFile(bytes.buffer as ArrayBuffer))).toEqual(['赌博', '代开发票']);
  });

  it('falls back to GB18030 for lists saved on Chinese Windows', () => {
    const gbk = Uint8Array.from([0xb6, 0xc4, 0xb2, 0xa9, 0x0d, 0x0a, 0xb7, 0xa2, 0xc6, 0xb1]); // 赌博\r\n发票
    expect(wordsOf(decodeWordFile(gbk.buffer))).toEqual(['赌博', '发票']);
  });

  it('counts words as the API does: trimmed, blank and # lines skipped, duplicates once', () => {
    expect(wordsOf('  赌博 \r\n\n# 注释\n赌博\n发票\n')).toEqual(['赌博', '发票']);
  });
});
