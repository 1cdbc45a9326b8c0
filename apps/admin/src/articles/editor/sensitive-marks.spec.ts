import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { findWordRanges, SensitiveMarks, setMarkedWords } from './sensitive-marks';

describe('findWordRanges', () => {
  it('finds every occurrence, ignoring case and full-width forms', () => {
    expect(findWordRanges('ＡＢＣ赌博与abc赌博', [{ word: 'abc', level: 'warn' }])).toEqual([
      { word: 'abc', level: 'warn', from: 0, to: 3 },
      { word: 'abc', level: 'warn', from: 6, to: 9 },
    ]);
  });

  it('lets a blocked word win where words overlap', () => {
    const ranges = findWordRanges('体育彩票', [
      { word: '彩票', level: 'warn' },
      { word: '体育彩票', level: 'block' },
    ]);
    expect(ranges).toEqual([{ word: '体育彩票', level: 'block', from: 0, to: 4 }]);
  });
});

describe('SensitiveMarks', () => {
  it('marks words in the text, across formatting, without changing the document', () => {
    const editor = new Editor({ extensions: [StarterKit, SensitiveMarks], content: '<p>严禁<strong>赌</strong>博活动</p><p>博彩</p>' });
    setMarkedWords(editor, [
      { word: '赌博', level: 'block' },
      { word: '博彩', level: 'warn' },
    ]);
    const marked = Array.from(editor.view.dom.querySelectorAll('.sensitive-word'));
    expect(marked.map((node) => [node.textContent, node.className])).toEqual([
      ['赌', 'sensitive-word sensitive-word--block'],
      ['博', 'sensitive-word sensitive-word--block'],
      ['博彩', 'sensitive-word sensitive-word--warn'],
    ]);
    expect(editor.getHTML()).toBe('<p>严禁<strong>赌</strong>博活动</p><p>博彩</p>');
    setMarkedWords(editor, []);
    expect(editor.view.dom.querySelectorAll('.sensitive-word')).toHaveLength(0);
    editor.destroy();
  });
});
