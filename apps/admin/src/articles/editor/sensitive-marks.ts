import { Extension, type Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export type WordLevel = 'block' | 'warn';

export interface MarkedWord {
  word: string;
  level: WordLevel;
}

export interface WordRange extends MarkedWord {
  from: number;
  to: number;
}

/** One character folded as the server folds text (NFKC, lower case), keeping one char per char. */
function foldChar(char: string): string {
  const folded = char.normalize('NFKC').toLowerCase();
  return folded.length === 1 ? folded : char.toLowerCase();
}

/** Where the words occur in `text` (full-width forms and case do not hide them); blocked words win overlaps. */
export function findWordRanges(text: string, words: readonly MarkedWord[]): WordRange[] {
  const folded = text.split('').map(foldChar).join(''); // UTF-16 units, as editor positions count
  const ranges: WordRange[] = [];
  const ordered = [...words].sort((a, b) => Number(b.level === 'block') - Number(a.level === 'block') || b.word.length - a.word.length);
  for (const entry of ordered) {
    const needle = entry.word.split('').map(foldChar).join('');
    if (!needle) continue;
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      const range = { ...entry, from: at, to: at + needle.length };
      if (!ranges.some((other) => other.from < range.to && range.from < other.to)) ranges.push(range);
    }
  }
  return ranges.sort((a, b) => a.from - b.from);
}

/** Each textblock's text, with one placeholder char per inline leaf, so an index maps to a position. */
function decorate(doc: PmNode, words: readonly MarkedWord[]): DecorationSet {
  if (!words.length) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? child.text! : '\ufffc'.repeat(child.nodeSize);
    });
    for (const range of findWordRanges(text, words)) {
      decorations.push(
        Decoration.inline(pos + 1 + range.from, pos + 1 + range.to, {
          class: `sensitive-word sensitive-word--${range.level}`,
          title: range.level === 'block' ? `禁用词:${range.word}` : `提示词:${range.word}`,
        }),
      );
    }
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

interface MarksState {
  words: readonly MarkedWord[];
  decorations: DecorationSet;
}

const marksKey = new PluginKey<MarksState>('sensitiveMarks');

/**
 * Highlights sensitive words found by the screening in the body as decorations: shown while
 * editing, never part of the document (so never saved in the body).
 */
export const SensitiveMarks = Extension.create({
  name: 'sensitiveMarks',
  addProseMirrorPlugins() {
    return [
      new Plugin<MarksState>({
        key: marksKey,
        state: {
          init: () => ({ words: [], decorations: DecorationSet.empty }),
          apply(tr, value, _old, state) {
            const words = tr.getMeta(marksKey) as readonly MarkedWord[] | undefined;
            if (words) return { words, decorations: decorate(state.doc, words) };
            return tr.docChanged ? { words: value.words, decorations: decorate(state.doc, value.words) } : value;
          },
        },
        props: { decorations: (state) => marksKey.getState(state)?.decorations },
      }),
    ];
  },
});

export function setMarkedWords(editor: Editor, words: readonly MarkedWord[]): void {
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(marksKey, words).setMeta('addToHistory', false));
}
