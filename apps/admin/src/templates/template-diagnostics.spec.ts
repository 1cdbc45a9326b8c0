import { Text } from '@codemirror/state';
import { problemDiagnostics } from './template-diagnostics';

const doc = Text.of(['<main>', '  {{#if article}}', '  <h1>{{title}}</h1>', '</main>']);

describe('problemDiagnostics', () => {
  it('puts a problem at its line and column, over the mustache it points at', () => {
    const [diagnostic] = problemDiagnostics(doc, [{ template: 'page.article', line: 2, column: 3, message: '语法错误:缺少 {{/if}}' }], 'page.article');
    expect(doc.lineAt(diagnostic.from).number).toBe(2);
    expect(doc.sliceString(diagnostic.from, diagnostic.to)).toBe('{{#if article}}');
    expect(diagnostic).toMatchObject({ severity: 'error', message: '语法错误:缺少 {{/if}}' });
  });

  it('keeps only this template’s problems and the whole theme’s', () => {
    const diagnostics = problemDiagnostics(
      doc,
      [
        { template: 'layout', line: 1, column: 1, message: '别的模板' },
        { template: '*', line: 1, column: 1, message: '主题无法编译' },
      ],
      'page.article',
    );
    expect(diagnostics.map((d) => d.message)).toEqual(['主题无法编译']);
    expect(doc.sliceString(diagnostics[0].from, diagnostics[0].to)).toBe('<main>');
  });

  it('clamps positions beyond the text to its end', () => {
    const [beyondLine, beyondColumn] = problemDiagnostics(
      doc,
      [
        { template: 'x', line: 99, column: 1, message: '文件末尾' },
        { template: 'x', line: 3, column: 80, message: '行末' },
      ],
      'x',
    );
    expect(doc.lineAt(beyondLine.from).number).toBe(4);
    expect(beyondColumn.from).toBe(doc.line(3).to);
    expect(beyondColumn.to).toBe(beyondColumn.from);
  });
});
