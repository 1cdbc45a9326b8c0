import type { Diagnostic } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import type { TemplateProblem } from './problems';

/** The text a problem points at: a whole `{{…}}` when it starts one, else the word there. */
const TOKEN = /^(\{\{[^}]*\}{0,3}|\S+)/;

/**
 * The API's problems of one template as editor diagnostics: line and column (from 1) become a
 * range of the document, clamped to it (the text may have changed since it was checked). The
 * whole theme's problems (`*`) are shown at the top.
 */
export function problemDiagnostics(doc: Text, problems: readonly TemplateProblem[], name: string): Diagnostic[] {
  return problems
    .filter((problem) => problem.template === name || problem.template === '*')
    .map((problem) => {
      const line = doc.line(Math.min(Math.max(problem.line, 1), doc.lines));
      const from = Math.min(line.from + Math.max(problem.column, 1) - 1, line.to);
      const token = TOKEN.exec(doc.sliceString(from, line.to))?.[0] ?? '';
      return { from, to: from + token.length, severity: 'error', source: '模板检查', message: problem.message };
    });
}
