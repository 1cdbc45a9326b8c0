import { Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate } from '@codemirror/view';

/** `{{…}}` and `{{{…}}}` stand out from the HTML around them (the html mode does not know Handlebars). */
const mustaches = new MatchDecorator({
  regexp: /\{\{\{?[^{}]*\}?\}\}/g,
  decoration: (match) => Decoration.mark({ class: /^\{\{[#/^]|^\{\{else/.test(match[0]) ? 'cm-hbs cm-hbs-block' : 'cm-hbs' }),
});

const plugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = mustaches.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = mustaches.updateDeco(update, this.decorations);
    }
  },
  { decorations: (instance) => instance.decorations },
);

const theme = EditorView.baseTheme({
  '.cm-hbs, .cm-hbs span': { color: '#7c3aed' },
  '.cm-hbs': { backgroundColor: '#f5f0ff', borderRadius: '2px' },
  '.cm-hbs-block, .cm-hbs-block span': { fontWeight: '600' },
});

export const handlebarsHighlight = [plugin, theme];
