import { TextDecoder, TextEncoder } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { diffRows } from './diff-rows';

// jsdiff reads quoted non-ASCII file names with TextDecoder, which browsers have and jsdom lacks.
Object.assign(globalThis, { TextDecoder, TextEncoder });

describe('diff rows', () => {
  it('shows a new article as all added', () => {
    const { rows, added, removed } = diffRows(createTwoFilesPatch('live', 'proposed', '', '标题: 新\n正文:\n<p>x</p>\n'));
    expect(rows).toEqual([
      { kind: 'added', text: '标题: 新' },
      { kind: 'added', text: '正文:' },
      { kind: 'added', text: '<p>x</p>' },
    ]);
    expect([added, removed]).toEqual([3, 0]);
  });

  it('shows changed lines with their context and a gap between hunks', () => {
    const before = ['标题: 旧', ...Array.from({ length: 10 }, (_, i) => `行${i}`), '<p>旧段</p>', ''].join('\n');
    const after = ['标题: 新', ...Array.from({ length: 10 }, (_, i) => `行${i}`), '<p>新段</p>', ''].join('\n');
    const { rows, added, removed } = diffRows(createTwoFilesPatch('a', 'b', before, after, '', '', { context: 1 }));
    expect(rows).toEqual([
      { kind: 'removed', text: '标题: 旧' },
      { kind: 'added', text: '标题: 新' },
      { kind: 'same', text: '行0' },
      { kind: 'gap', text: '' },
      { kind: 'same', text: '行9' },
      { kind: 'removed', text: '<p>旧段</p>' },
      { kind: 'added', text: '<p>新段</p>' },
    ]);
    expect([added, removed]).toEqual([2, 2]);
  });

  it('has no rows for no change', () => {
    expect(diffRows(createTwoFilesPatch('a', 'b', 'x\n', 'x\n')).rows).toEqual([]);
  });

  it('reads file names quoted the way jsdiff writes non-ASCII names', () => {
    const patch = '===\n--- "\\347\\272\\277"\n+++ "\\351\\200\\201"\n@@ -1,1 +1,1 @@\n-标题: 旧\n+标题: 新\n';
    expect(diffRows(patch).rows).toEqual([
      { kind: 'removed', text: '标题: 旧' },
      { kind: 'added', text: '标题: 新' },
    ]);
  });
});
